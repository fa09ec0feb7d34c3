-- Fixed-window counters of the throttles (the anonymous API rate limit, the sign-in throttle) when
-- several app nodes must enforce one limit together (smile.throttle.store=database). One row per
-- counted thing and window, incremented with an atomic upsert; rows of ended windows are deleted.
-- Unused (and empty) with the default per-node store.

create table throttle_window (
    scope varchar(32) not null,
    subject varchar(128) not null,
    window_start bigint not null,
    hits integer not null,
    expires_at bigint not null,
    primary key (scope, subject, window_start)
);

create index ix_throttle_window_expires on throttle_window (expires_at);
