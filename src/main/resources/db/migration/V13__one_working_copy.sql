-- At most one working copy per published entry, held by the database: two parallel edits of a
-- published entry must not both start a new version. Entries that are not working copies have no
-- draft_of_id, and a unique index allows any number of NULLs (on MariaDB and on H2).
--
-- Databases written before this rule may already hold several copies of one entry. The oldest stays
-- the working copy; the others become drafts of their own, so that nothing anybody wrote is lost.
update practice set draft_of_id = null
where draft_of_id is not null
  and id not in (select keep_id from (select min(id) as keep_id from practice
                                      where draft_of_id is not null group by draft_of_id) as kept);

alter table practice add constraint uk_practice_draft_of unique (draft_of_id);
