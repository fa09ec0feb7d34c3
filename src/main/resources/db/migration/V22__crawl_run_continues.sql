-- A crawl run lost with its node is continued by the node that finds it lost: the new run names the
-- run it continues, so that both run pages can link each other and a continuation that is lost too
-- is left to an editor instead of being continued again and again.

alter table crawl_run add column continues_run_id bigint;
create index crawl_run_continues on crawl_run (continues_run_id);
