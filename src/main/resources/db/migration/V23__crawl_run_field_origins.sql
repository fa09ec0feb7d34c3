-- What a run read each field of its candidates from (the source's profile, structured data, a
-- label/value structure, a sentence, …), counted over the run, so that an editor sees per source
-- which fields came from where and whether a profile is worth writing.

alter table crawl_run add column field_origins varchar(1000);
