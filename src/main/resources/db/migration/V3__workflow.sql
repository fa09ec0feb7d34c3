-- The publication workflow: a rejected state, working copies of published entries, the record of
-- every transition, comments, the contributors' inbox, and personal API tokens.

alter table practice modify column state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED','REJECTED') not null;
alter table practice_aud modify column state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED','REJECTED');

-- A working copy is a practice of its own whose draft_of_id names the published entry it will
-- replace when approved; the published entry stays visible meanwhile.
alter table practice add column draft_of_id bigint;
alter table practice add column submitted_at datetime(6);
alter table practice add constraint fk_practice_draft_of foreign key (draft_of_id) references practice (id);
alter table practice_aud add column draft_of_id bigint;
alter table practice_aud add column submitted_at datetime(6);

create table practice_transition (
    id bigint not null auto_increment,
    practice_id bigint not null,
    action enum ('APPROVE','ARCHIVE','REJECT','REQUEST_CHANGES','SUBMIT') not null,
    from_state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED','REJECTED') not null,
    to_state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED','REJECTED') not null,
    actor varchar(80) not null,
    at datetime(6) not null,
    comment ${long_text},
    primary key (id),
    constraint fk_practice_transition_practice foreign key (practice_id) references practice (id) on delete cascade
);

create index ix_practice_transition_practice on practice_transition (practice_id, at);

create table practice_comment (
    id bigint not null auto_increment,
    practice_id bigint not null,
    author varchar(80) not null,
    text ${long_text} not null,
    created_at datetime(6) not null,
    primary key (id),
    constraint fk_practice_comment_practice foreign key (practice_id) references practice (id) on delete cascade
);

create index ix_practice_comment_practice on practice_comment (practice_id, created_at);

create table notification (
    id bigint not null auto_increment,
    recipient_id bigint not null,
    practice_id bigint,
    practice_slug varchar(80) not null,
    practice_title varchar(120) not null,
    action enum ('APPROVE','ARCHIVE','REJECT','REQUEST_CHANGES','SUBMIT') not null,
    actor varchar(80) not null,
    comment ${long_text},
    created_at datetime(6) not null,
    read_at datetime(6),
    primary key (id),
    constraint fk_notification_recipient foreign key (recipient_id) references user_account (id) on delete cascade,
    constraint fk_notification_practice foreign key (practice_id) references practice (id) on delete set null
);

create index ix_notification_recipient on notification (recipient_id, read_at);

alter table user_account add column created_by varchar(80);

create table api_token (
    id bigint not null auto_increment,
    user_id bigint not null,
    name varchar(80) not null,
    token_hash varchar(64) not null,
    prefix varchar(12) not null,
    created_at datetime(6) not null,
    last_used_at datetime(6),
    revoked_at datetime(6),
    primary key (id),
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_user foreign key (user_id) references user_account (id) on delete cascade
);
