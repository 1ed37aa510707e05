-- Tamper evidence: one link per stored event, in the order events were delivered to the chain;
-- hash = SHA-256(previous link, everything stored for the event).
create table event_hash (
    link          bigint      not null primary key,
    global_index  bigint      not null,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null,
    constraint uk_event_hash_event unique (global_index)
);
