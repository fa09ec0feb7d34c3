-- Several app nodes on one database: a crawl run records the node that runs it and when that node
-- last said it still holds the run (a heartbeat every smile.crawl.heartbeat). At start-up a node
-- interrupts only its own earlier runs, and any node interrupts runs whose heartbeat is older than
-- smile.crawl.stale-after (their node died), instead of every active run of every node.
-- Runs from before this migration have neither: they count as stale, as every run left active did.

alter table crawl_run add column node_id varchar(64);
alter table crawl_run add column heartbeat_at datetime(6);
-- Why a run was interrupted, so that the run page can say it in the reader's language.
alter table crawl_run add column interruption enum ('NODE_RESTARTED','NODE_SILENT');
