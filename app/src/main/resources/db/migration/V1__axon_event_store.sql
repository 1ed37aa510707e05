-- Axon Framework's JPA tables (event store, snapshots, tokens, sagas, dead letters), matching the entities Axon
-- registers so that Hibernate's schema validation passes. ${binary} is blob on H2 and bytea on PostgreSQL: Axon's
-- @Lob columns must not become PostgreSQL large objects (oid), which are stored outside the row.

-- One global index value at a time (see META-INF/orm.xml).
create sequence domain_event_entry_seq start with 1 increment by 1;
create sequence association_value_entry_seq start with 1 increment by 50;

create table domain_event_entry (
    global_index         bigint       not null,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              ${binary}    not null,
    meta_data            ${binary},
    time_stamp           varchar(255) not null,
    constraint pk_domain_event_entry primary key (global_index),
    constraint uk_domain_event_entry_event unique (event_identifier),
    constraint uk_domain_event_entry_aggregate_seq unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              ${binary}    not null,
    meta_data            ${binary},
    time_stamp           varchar(255) not null,
    constraint pk_snapshot_event_entry primary key (sequence_number, aggregate_identifier, type),
    constraint uk_snapshot_event_entry_event unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          ${binary},
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    constraint pk_token_entry primary key (processor_name, segment)
);

create table saga_entry (
    saga_id         varchar(255) not null,
    saga_type       varchar(255),
    revision        varchar(255),
    serialized_saga ${binary},
    constraint pk_saga_entry primary key (saga_id)
);

create table association_value_entry (
    id                bigint       not null,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255),
    constraint pk_association_value_entry primary key (id)
);
create index ix_association_value_lookup on association_value_entry (saga_type, association_key, association_value);
create index ix_association_value_saga on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    dead_letter_id       varchar(255) not null,
    processing_group     varchar(255) not null,
    sequence_identifier  varchar(255) not null,
    sequence_index       bigint       not null,
    message_type         varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              ${binary}    not null,
    meta_data            ${binary},
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                ${binary},
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          ${binary},
    constraint pk_dead_letter_entry primary key (dead_letter_id),
    constraint uk_dead_letter_sequence unique (processing_group, sequence_identifier, sequence_index)
);
create index ix_dead_letter_group on dead_letter_entry (processing_group);
create index ix_dead_letter_sequence on dead_letter_entry (processing_group, sequence_identifier);
