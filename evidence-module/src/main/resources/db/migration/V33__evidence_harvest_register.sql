-- The harvest register: outcome statements, their status and the verifiers' verdicts.
create table evidence_harvested_outcome (
    id                uuid          not null primary key,
    what_changed      varchar(4000) not null,
    social_actor      uuid          not null,
    place_code        varchar(9),
    significance      varchar(4000) not null,
    contribution      varchar(4000) not null,
    happened_on       date          not null,
    status            varchar(30)   not null,
    retraction_reason varchar(1000)
);
create index ix_evidence_harvest_status on evidence_harvested_outcome (status);

create table evidence_harvest_area (
    outcome_id uuid        not null,
    area       varchar(40) not null,
    constraint pk_evidence_harvest_area primary key (outcome_id, area)
);

create table evidence_harvest_partner (
    outcome_id uuid    not null,
    position   integer not null,
    partner_id uuid    not null,
    constraint pk_evidence_harvest_partner primary key (outcome_id, position)
);

create table evidence_harvest_link (
    outcome_id uuid        not null,
    kind       varchar(30) not null,
    target_id  uuid        not null,
    constraint pk_evidence_harvest_link primary key (outcome_id, kind, target_id)
);

create table evidence_substantiation (
    outcome_id  uuid          not null,
    verifier_id uuid          not null,
    event_seq   bigint        not null,
    verdict     varchar(20)   not null,
    comment     varchar(1000) not null,
    happened_on date          not null,
    constraint pk_evidence_substantiation primary key (outcome_id, verifier_id)
);
