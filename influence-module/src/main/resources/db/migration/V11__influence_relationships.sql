-- The relationship map: current strength per relationship, its full assessment history, dependencies and risk flags.
create table influence_relationship (
    id             uuid          not null primary key,
    first_kind     varchar(20)   not null,
    first_id       uuid          not null,
    second_kind    varchar(20)   not null,
    second_id      uuid          not null,
    recorded_on    date          not null,
    strength       varchar(20),
    assessed_on    date,
    trust_note     varchar(2000),
    at_risk        boolean       not null,
    at_risk_since  date
);
create index ix_influence_relationship_first on influence_relationship (first_id);
create index ix_influence_relationship_second on influence_relationship (second_id);

-- seq: the event's sequence number within its relationship, so a redelivered event is stored once.
create table influence_relationship_assessment (
    relationship_id uuid          not null,
    seq             bigint        not null,
    assessed_on     date          not null,
    strength        varchar(20)   not null,
    trust_note      varchar(2000),
    constraint pk_influence_relationship_assessment primary key (relationship_id, seq)
);

create table influence_relationship_evidence (
    relationship_id uuid    not null,
    seq             bigint  not null,
    evidence_order  integer not null,
    conversation_id uuid    not null,
    constraint pk_influence_relationship_evidence primary key (relationship_id, seq, evidence_order)
);

create table influence_relationship_dependency (
    relationship_id uuid not null,
    role_id         uuid not null,
    person_id       uuid not null,
    recorded_on     date not null,
    role_ended_on   date,
    constraint pk_influence_relationship_dependency primary key (relationship_id, role_id)
);

create table influence_relationship_risk (
    relationship_id uuid          not null,
    seq             bigint        not null,
    at_risk         boolean       not null,
    happened_on     date          not null,
    person_id       uuid,
    role_id         uuid,
    reason          varchar(1000),
    constraint pk_influence_relationship_risk primary key (relationship_id, seq)
);
