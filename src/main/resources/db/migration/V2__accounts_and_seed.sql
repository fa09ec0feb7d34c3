-- Accounts (roles: contributor, editor, admin; visitors have none) and the record of what the seed
-- loader has loaded, so that a restart loads nothing twice.

create table user_account (
    id bigint not null auto_increment,
    username varchar(80) not null,
    display_name varchar(120) not null,
    email varchar(200),
    password_hash varchar(200) not null,
    role enum ('ADMIN','CONTRIBUTOR','EDITOR') not null,
    organisation_id bigint,
    enabled bit not null,
    created_at datetime(6) not null,
    version bigint not null,
    primary key (id),
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id)
);

create table seed_record (
    id bigint not null auto_increment,
    kind enum ('CONCEPT','ORGANISATION','PRACTICE','SOURCE','SYNONYMS') not null,
    seed_key varchar(160) not null,
    file varchar(300) not null,
    content_hash varchar(64) not null,
    loaded_at datetime(6) not null,
    primary key (id),
    constraint uk_seed_record_kind_key unique (kind, seed_key)
);
