-- Adaptation: what an adaptation changed, asked one aspect at a time, and the project plans that
-- teams run from a template's (or any practice's) steps. Numbered after the crawler's V10.

alter table practice add column adapted_scope varchar(2000) default '' not null;
alter table practice add column adapted_technology varchar(2000) default '' not null;
alter table practice add column adapted_governance varchar(2000) default '' not null;
alter table practice add column adapted_budget varchar(2000) default '' not null;
alter table practice_aud add column adapted_scope varchar(2000);
alter table practice_aud add column adapted_technology varchar(2000);
alter table practice_aud add column adapted_governance varchar(2000);
alter table practice_aud add column adapted_budget varchar(2000);


-- A project plan belongs to one organisation and is never public.
create table project_plan (
    id bigint not null auto_increment,
    organisation_id bigint not null,
    source_practice_id bigint,
    title varchar(160) not null,
    created_by varchar(80) not null,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    version bigint not null,
    primary key (id),
    constraint fk_project_plan_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_project_plan_source foreign key (source_practice_id) references practice (id) on delete set null
);

create index ix_project_plan_organisation on project_plan (organisation_id, updated_at);

create table project_plan_step (
    plan_id bigint not null,
    position integer not null,
    title varchar(160) not null,
    description ${long_text} not null,
    done bit not null,
    done_at datetime(6),
    done_by varchar(80),
    due_on date,
    note ${long_text} not null,
    primary key (plan_id, position),
    constraint fk_project_plan_step_plan foreign key (plan_id) references project_plan (id) on delete cascade
);
