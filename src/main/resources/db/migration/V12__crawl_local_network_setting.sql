-- Whether the crawler may reach loopback and private addresses is a setting of the installation
-- (smile.crawl.local-network-allowed), no longer a field of a partner source that editors set.
alter table partner_source drop column local_network_allowed;
