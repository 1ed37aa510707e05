-- Notes about a person inside a conversation or a relationship (docs/decisions/0004). Only the sealed text is kept,
-- as the event holds it: it is opened with the person's key when read, so once the key is erased no table holds
-- anything readable. Keyed by the event's sequence number, so an event delivered twice is stored once.
create table influence_conversation_note (
    conversation_id uuid          not null,
    seq             bigint        not null,
    person_id       uuid          not null,
    happened_on     date          not null,
    sealed_note     varchar(8000) not null,
    constraint pk_influence_conversation_note primary key (conversation_id, seq)
);
create index ix_influence_conversation_note_person on influence_conversation_note (person_id);

create table influence_relationship_note (
    relationship_id uuid          not null,
    seq             bigint        not null,
    person_id       uuid          not null,
    happened_on     date          not null,
    sealed_note     varchar(8000) not null,
    constraint pk_influence_relationship_note primary key (relationship_id, seq)
);
create index ix_influence_relationship_note_person on influence_relationship_note (person_id);
