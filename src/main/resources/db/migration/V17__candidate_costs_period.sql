-- What a partner page states of a project's costs, funding and period, so that accepting the
-- candidate fills the entry's costs and years as it fills population, state and phase.
alter table import_candidate add column cost_amount decimal(14,2);
alter table import_candidate add column cost_currency varchar(3);
alter table import_candidate add column funding varchar(200);
alter table import_candidate add column start_year integer;
alter table import_candidate add column end_year integer;
