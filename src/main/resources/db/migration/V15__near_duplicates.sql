-- A candidate's text fingerprint (a MinHash signature of its word shingles), and the published entry
-- or pending candidate it resembles most, with the share of shingles they have in common, so that
-- the review shows a likely copy before anyone accepts it.
alter table import_candidate add column fingerprint varchar(700);
alter table import_candidate add column resembles_kind enum ('CANDIDATE','ENTRY');
alter table import_candidate add column resembles_id bigint;
alter table import_candidate add column resembles_similarity double;
-- Pages of other candidates that an editor merged into this one as copies of the same project; they
-- become source links of the entry it becomes.
alter table import_candidate add column also_at ${long_text};
