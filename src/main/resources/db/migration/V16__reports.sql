-- Partner reports (PDF) read by the crawler, page by page. A report is the document at one URL: a
-- changed file replaces its pages in place, so every entry and candidate that refers to it sees the
-- new state. It belongs to an entry once an import candidate that links it is accepted
-- (practice_id, kept when the entry goes, as a report of no entry). Candidates refer to the reports
-- their page links by URL, so that a report read later in the run, or in a later run, is found too.

create table report (
    id bigint not null auto_increment,
    source_url varchar(500) not null,
    title varchar(300) not null,
    language varchar(2) not null,
    page_count integer not null,
    text_layer bit not null,
    content_hash varchar(64) not null,
    fetched_at datetime(6) not null,
    practice_id bigint,
    version bigint not null,
    primary key (id),
    constraint uk_report_source_url unique (source_url),
    constraint fk_report_practice foreign key (practice_id) references practice (id) on delete set null
);

create index ix_report_practice on report (practice_id);

create table report_page (
    id bigint not null auto_increment,
    report_id bigint not null,
    page_number integer not null,
    page_text ${long_text} not null,
    primary key (id),
    constraint uk_report_page unique (report_id, page_number),
    constraint fk_report_page_report foreign key (report_id) references report (id) on delete cascade
);

create table import_candidate_report (
    candidate_id bigint not null,
    report_url varchar(500) not null,
    primary key (candidate_id, report_url),
    constraint fk_import_candidate_report foreign key (candidate_id) references import_candidate (id) on delete cascade
);

create index ix_import_candidate_report_url on import_candidate_report (report_url);
