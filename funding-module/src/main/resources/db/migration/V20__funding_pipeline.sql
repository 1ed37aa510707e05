-- Funding pipeline read model (processing group funding-pipeline): rebuilt from events, safe to drop and replay.
-- Segments process different aggregates in parallel, so rows never copy from another aggregate's rows: queries join.
create table funding_opportunity (
    id          uuid         not null primary key,
    funder      uuid         not null,
    programme   varchar(200) not null,
    total_pot   bigint,
    opens_on    date,
    closes_on   date,
    notes       varchar(4000),
    recorded_on date         not null
);
create index ix_funding_opportunity_funder on funding_opportunity (funder);

create table funding_opportunity_place (
    opportunity_id uuid       not null,
    place_code     varchar(9) not null,
    position       integer    not null,
    primary key (opportunity_id, place_code)
);

create table funding_bid (
    id                uuid         not null primary key,
    opportunity_id    uuid         not null,
    funder            uuid         not null,
    title             varchar(200) not null,
    lead              uuid         not null,
    amount_requested  bigint       not null,
    status            varchar(20)  not null,
    drafted_on        date         not null,
    submitted_on      date,
    withdrawn_on      date,
    withdrawal_reason varchar(4000)
);
create index ix_funding_bid_funder on funding_bid (funder);

create table funding_bid_partner (
    bid_id          uuid    not null,
    organisation_id uuid    not null,
    position        integer not null,
    primary key (bid_id, organisation_id)
);
create index ix_funding_bid_partner_organisation on funding_bid_partner (organisation_id);

create table funding_decision (
    bid_id          uuid        not null,
    decision_number integer     not null,
    outcome         varchar(20) not null,
    amount          bigint      not null,
    decision_maker  uuid        not null,
    notes           varchar(4000),
    decided_on      date        not null,
    reopened_by     varchar(20),
    reopen_reason   varchar(4000),
    reopened_on     date,
    primary key (bid_id, decision_number)
);

create table funding_decision_person (
    bid_id          uuid    not null,
    decision_number integer not null,
    person_id       uuid    not null,
    position        integer not null,
    primary key (bid_id, decision_number, person_id)
);
