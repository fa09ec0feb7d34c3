-- The catalogue: taxonomies, organisations, entries and their version history (Hibernate Envers).
-- One script for H2 (MODE=MariaDB) and MariaDB: only syntax both accept. Long texts use the
-- ${long_text} placeholder: TEXT (65 535 bytes) in MariaDB, CLOB in H2, whose MariaDB mode would
-- otherwise turn TEXT into VARCHAR. Enumerations are native ENUMs, as Hibernate expects.

create table concept (
    id bigint not null auto_increment,
    scheme enum ('INNOVATION_FIELD','SDG','SMILE_PILLAR','TARGET_GROUP') not null,
    code varchar(60) not null,
    label_de varchar(200) not null,
    label_en varchar(200) not null,
    position integer not null,
    primary key (id),
    constraint uk_concept_scheme_code unique (scheme, code)
);

create table concept_alt_label (
    concept_id bigint not null,
    label varchar(200) not null,
    primary key (concept_id, label),
    constraint fk_concept_alt_label_concept foreign key (concept_id) references concept (id) on delete cascade
);

create table organisation (
    id bigint not null auto_increment,
    slug varchar(80) not null,
    name varchar(160) not null,
    kind enum ('CITY','COUNTY','DISTRICT','INTER_MUNICIPAL','NETWORK','OTHER') not null,
    state varchar(80),
    country varchar(2) not null,
    population integer,
    population_year integer,
    area_km2 decimal(9,2),
    official_code varchar(12),
    website varchar(500),
    version bigint not null,
    primary key (id),
    constraint uk_organisation_slug unique (slug)
);

create table practice (
    id bigint not null auto_increment,
    slug varchar(80) not null,
    kind enum ('ADAPTATION','PRACTICE','TEMPLATE') not null,
    title varchar(120) not null,
    summary varchar(300) not null,
    description ${long_text} not null,
    language varchar(2) not null,
    organisation_id bigint not null,
    phase enum ('DISCONTINUED','IDEA','IMPLEMENTATION','OPERATION','SCALED','STRATEGY') not null,
    start_year integer,
    end_year integer,
    last_verified_on date,
    discontinued_reason varchar(500),
    challenge ${long_text} not null,
    approach ${long_text} not null,
    results ${long_text} not null,
    lessons_learned ${long_text} not null,
    prerequisites ${long_text} not null,
    participation ${long_text} not null,
    cost_amount decimal(14,2),
    cost_currency varchar(3),
    funding_programme varchar(200),
    adapted_from_id bigint,
    adaptation_notes ${long_text} not null,
    state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED') not null,
    featured bit not null,
    origin enum ('API','CRAWL','MANUAL','SEED') not null,
    source_url varchar(500),
    fetched_at datetime(6),
    content_hash varchar(64),
    partner_source_id bigint,
    licence varchar(40) not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    published_at datetime(6),
    version bigint not null,
    primary key (id),
    constraint uk_practice_slug unique (slug),
    constraint fk_practice_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_practice_adapted_from foreign key (adapted_from_id) references practice (id)
);

create index ix_practice_state_published on practice (state, published_at);
create index ix_practice_source_url on practice (source_url);

create table practice_concept (
    practice_id bigint not null,
    concept_id bigint not null,
    primary key (practice_id, concept_id),
    constraint fk_practice_concept_practice foreign key (practice_id) references practice (id) on delete cascade,
    constraint fk_practice_concept_concept foreign key (concept_id) references concept (id)
);

create index ix_practice_concept_concept on practice_concept (concept_id);

create table practice_keyword (
    practice_id bigint not null,
    position integer not null,
    keyword varchar(60) not null,
    primary key (practice_id, position),
    constraint fk_practice_keyword_practice foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_technology (
    practice_id bigint not null,
    position integer not null,
    technology varchar(60) not null,
    primary key (practice_id, position),
    constraint fk_practice_technology_practice foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_step (
    practice_id bigint not null,
    position integer not null,
    title varchar(160) not null,
    description ${long_text} not null,
    primary key (practice_id, position),
    constraint fk_practice_step_practice foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_contact (
    practice_id bigint not null,
    position integer not null,
    name varchar(120),
    role varchar(120) not null,
    organisation varchar(160),
    email varchar(200),
    phone varchar(40),
    is_public bit not null,
    primary key (practice_id, position),
    constraint fk_practice_contact_practice foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_indicator (
    practice_id bigint not null,
    position integer not null,
    name varchar(160) not null,
    unit varchar(40),
    baseline decimal(16,2),
    target decimal(16,2),
    current_value decimal(16,2),
    measured_on date,
    primary key (practice_id, position),
    constraint fk_practice_indicator_practice foreign key (practice_id) references practice (id) on delete cascade
);

create table practice_link (
    practice_id bigint not null,
    position integer not null,
    title varchar(200) not null,
    url varchar(500) not null,
    type enum ('CODE','DATASET','PRESS','REPORT','SOURCE','VIDEO','WEBSITE') not null,
    language varchar(2),
    primary key (practice_id, position),
    constraint fk_practice_link_practice foreign key (practice_id) references practice (id) on delete cascade
);

-- Version history (Hibernate Envers): one revision per committed change set, one row per changed
-- entry and collection element in the *_aud tables. Rows of deleted entries are kept.

create table revinfo (
    rev integer not null auto_increment,
    revtstmp bigint not null,
    username varchar(80),
    primary key (rev)
);

create table practice_aud (
    id bigint not null,
    rev integer not null,
    revtype tinyint,
    slug varchar(80),
    kind enum ('ADAPTATION','PRACTICE','TEMPLATE'),
    title varchar(120),
    summary varchar(300),
    description ${long_text},
    language varchar(2),
    organisation_id bigint,
    phase enum ('DISCONTINUED','IDEA','IMPLEMENTATION','OPERATION','SCALED','STRATEGY'),
    start_year integer,
    end_year integer,
    last_verified_on date,
    discontinued_reason varchar(500),
    challenge ${long_text},
    approach ${long_text},
    results ${long_text},
    lessons_learned ${long_text},
    prerequisites ${long_text},
    participation ${long_text},
    cost_amount decimal(14,2),
    cost_currency varchar(3),
    funding_programme varchar(200),
    adapted_from_id bigint,
    adaptation_notes ${long_text},
    state enum ('ARCHIVED','CHANGES_REQUESTED','DRAFT','IN_REVIEW','PUBLISHED'),
    featured bit,
    origin enum ('API','CRAWL','MANUAL','SEED'),
    source_url varchar(500),
    fetched_at datetime(6),
    content_hash varchar(64),
    partner_source_id bigint,
    licence varchar(40),
    created_at datetime(6),
    updated_at datetime(6),
    published_at datetime(6),
    primary key (rev, id),
    constraint fk_practice_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_concept_aud (
    rev integer not null,
    revtype tinyint,
    practice_id bigint not null,
    concept_id bigint not null,
    primary key (rev, concept_id, practice_id),
    constraint fk_practice_concept_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_keyword_aud (
    rev integer not null,
    revtype tinyint,
    practice_id bigint not null,
    position integer not null,
    keyword varchar(60) not null,
    primary key (position, rev, practice_id, keyword),
    constraint fk_practice_keyword_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_technology_aud (
    rev integer not null,
    revtype tinyint,
    practice_id bigint not null,
    position integer not null,
    technology varchar(60) not null,
    primary key (position, rev, practice_id, technology),
    constraint fk_practice_technology_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_step_aud (
    rev integer not null,
    revtype tinyint not null,
    practice_id bigint not null,
    position integer not null,
    title varchar(160),
    description ${long_text},
    primary key (position, rev, revtype, practice_id),
    constraint fk_practice_step_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_contact_aud (
    rev integer not null,
    revtype tinyint not null,
    practice_id bigint not null,
    position integer not null,
    name varchar(120),
    role varchar(120),
    organisation varchar(160),
    email varchar(200),
    phone varchar(40),
    is_public bit,
    primary key (position, rev, revtype, practice_id),
    constraint fk_practice_contact_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_indicator_aud (
    rev integer not null,
    revtype tinyint not null,
    practice_id bigint not null,
    position integer not null,
    name varchar(160),
    unit varchar(40),
    baseline decimal(16,2),
    target decimal(16,2),
    current_value decimal(16,2),
    measured_on date,
    primary key (position, rev, revtype, practice_id),
    constraint fk_practice_indicator_aud_rev foreign key (rev) references revinfo (rev)
);

create table practice_link_aud (
    rev integer not null,
    revtype tinyint not null,
    practice_id bigint not null,
    position integer not null,
    title varchar(200),
    url varchar(500),
    type enum ('CODE','DATASET','PRESS','REPORT','SOURCE','VIDEO','WEBSITE'),
    language varchar(2),
    primary key (position, rev, revtype, practice_id),
    constraint fk_practice_link_aud_rev foreign key (rev) references revinfo (rev)
);
