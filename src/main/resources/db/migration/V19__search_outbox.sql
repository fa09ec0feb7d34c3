-- Hibernate Search's outbox-polling coordination (smile.search.coordination=outbox-polling, for
-- several app nodes on one OpenSearch): a save writes an event into the outbox in its own
-- transaction, and the agents of the running nodes take turns processing the events into the index.
-- Unused (and empty) on a single node. Columns as Hibernate Search 8.2 maps its entities.

create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration datetime(6) not null,
    id uuid not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    payload longblob,
    state enum ('RUNNING', 'SUSPENDED', 'WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING') not null,
    primary key (id)
);

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after datetime(6) not null,
    id uuid not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    tenant_id varchar(255),
    payload longblob not null,
    status enum ('ABORTED', 'PENDING') not null,
    primary key (id)
);

create index processAfter on hsearch_outbox_event (process_after);
