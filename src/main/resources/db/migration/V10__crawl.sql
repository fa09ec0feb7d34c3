-- The crawler (issue 4): partner sources, their runs with one outcome per URL, the review queue of
-- import candidates, and ShedLock's lock table for scheduled crawls. Same conventions as V1: native
-- ENUMs, bit for booleans, datetime(6) for instants, ${long_text} for long texts. Lists of URLs and
-- patterns are stored one per line in a long-text column; they are always read and written whole.

create table partner_source (
    id bigint not null auto_increment,
    name varchar(160) not null,
    start_urls ${long_text} not null,
    sitemap_url varchar(500),
    allowed_hosts ${long_text} not null,
    include_patterns ${long_text} not null,
    exclude_patterns ${long_text} not null,
    max_pages integer not null,
    max_depth integer not null,
    delay_ms integer not null,
    local_network_allowed bit not null,
    language varchar(2),
    schedule varchar(120),
    field_title varchar(300),
    field_summary varchar(300),
    field_description varchar(300),
    field_organisation varchar(300),
    field_state varchar(300),
    field_population varchar(300),
    field_area varchar(300),
    field_phase varchar(300),
    field_innovation_fields varchar(300),
    field_keywords varchar(300),
    field_contact varchar(300),
    phase_labels ${long_text} not null,
    last_run_state enum ('QUEUED','RUNNING','FINISHED','FAILED','CANCELLED','INTERRUPTED'),
    last_run_at datetime(6),
    last_scheduled_at datetime(6),
    created_at datetime(6) not null,
    version bigint not null,
    primary key (id)
);

create table crawl_run (
    id bigint not null auto_increment,
    source_id bigint not null,
    state enum ('QUEUED','RUNNING','FINISHED','FAILED','CANCELLED','INTERRUPTED') not null,
    triggered_by varchar(80) not null,
    queued_at datetime(6) not null,
    started_at datetime(6),
    finished_at datetime(6),
    pages_done integer not null,
    imported integer not null,
    unchanged integer not null,
    skipped integer not null,
    failed integer not null,
    current_url varchar(500),
    reason varchar(500),
    cancel_requested bit not null,
    primary key (id),
    constraint fk_crawl_run_source foreign key (source_id) references partner_source (id) on delete cascade
);

create index ix_crawl_run_source on crawl_run (source_id, id);
create index ix_crawl_run_state on crawl_run (state);

create table crawl_outcome (
    id bigint not null auto_increment,
    run_id bigint not null,
    url varchar(500) not null,
    normalised_url varchar(500) not null,
    outcome enum ('IMPORTED','UNCHANGED','SKIPPED','FAILED') not null,
    reason varchar(500),
    http_status integer,
    content_hash varchar(64),
    truncated bit not null,
    recorded_at datetime(6) not null,
    primary key (id),
    constraint fk_crawl_outcome_run foreign key (run_id) references crawl_run (id) on delete cascade
);

create index ix_crawl_outcome_run on crawl_outcome (run_id, id);

create table import_candidate (
    id bigint not null auto_increment,
    run_id bigint not null,
    source_id bigint not null,
    source_url varchar(500) not null,
    fetched_at datetime(6) not null,
    content_hash varchar(64) not null,
    state enum ('PENDING','ACCEPTED','REJECTED') not null,
    title varchar(200) not null,
    summary varchar(600) not null,
    description ${long_text} not null,
    organisation varchar(160),
    region varchar(80),
    population integer,
    area_km2 decimal(9,2),
    phase enum ('DISCONTINUED','IDEA','IMPLEMENTATION','OPERATION','SCALED','STRATEGY'),
    phase_label varchar(120),
    discontinued_reason varchar(500),
    innovation_fields ${long_text} not null,
    unknown_labels ${long_text} not null,
    keywords ${long_text} not null,
    contact varchar(300),
    language varchar(2) not null,
    edited bit not null,
    practice_id bigint,
    decided_by varchar(80),
    decided_at datetime(6),
    version bigint not null,
    primary key (id),
    constraint fk_import_candidate_run foreign key (run_id) references crawl_run (id) on delete cascade,
    constraint fk_import_candidate_source foreign key (source_id) references partner_source (id) on delete cascade,
    constraint fk_import_candidate_practice foreign key (practice_id) references practice (id) on delete set null
);

create index ix_import_candidate_url on import_candidate (source_id, source_url);
create index ix_import_candidate_state on import_candidate (state, id);

-- ShedLock (JDBC provider): one row per scheduled task; whoever holds it runs the task.
create table shedlock (
    name varchar(64) not null,
    lock_until datetime(3) not null,
    locked_at datetime(3) not null,
    locked_by varchar(255) not null,
    primary key (name)
);
