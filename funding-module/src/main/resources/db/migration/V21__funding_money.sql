-- Awards, schedules and disbursements (processing group funding-money): rebuilt from events, safe to drop and replay.
create table funding_money_programme (
    opportunity_id uuid         not null primary key,
    programme      varchar(200) not null
);

create table funding_money_bid (
    bid_id           uuid   not null primary key,
    opportunity_id   uuid   not null,
    lead             uuid   not null,
    amount_requested bigint not null
);

create table funding_money_bid_partner (
    bid_id          uuid    not null,
    organisation_id uuid    not null,
    position        integer not null,
    primary key (bid_id, organisation_id)
);

create table funding_award (
    id            uuid                        not null primary key,
    bid_id        uuid,
    funder        uuid                        not null,
    title         varchar(140)                not null,
    description   varchar(4000),
    total         bigint                      not null,
    awarded_on    date                        not null,
    last_modified timestamp(6) with time zone not null
);
create index ix_funding_award_funder on funding_award (funder);

create table funding_award_recipient (
    award_id        uuid    not null,
    organisation_id uuid    not null,
    host            uuid,
    position        integer not null,
    primary key (award_id, organisation_id)
);

create table funding_award_place (
    award_id   uuid       not null,
    place_code varchar(9) not null,
    position   integer    not null,
    primary key (award_id, place_code)
);

create table funding_schedule_part (
    award_id  uuid         not null,
    part_key  varchar(40)  not null,
    label     varchar(200) not null,
    recipient uuid         not null,
    starts_on date         not null,
    ends_on   date         not null,
    amount    bigint       not null,
    position  integer      not null,
    primary key (award_id, part_key)
);

create table funding_disbursement (
    id        uuid        not null primary key,
    award_id  uuid        not null,
    part_key  varchar(40) not null,
    recipient uuid        not null,
    paid_to   uuid        not null,
    amount    bigint      not null,
    reference varchar(200),
    paid_on   date        not null
);
create index ix_funding_disbursement_award on funding_disbursement (award_id);

create table funding_award_amendment (
    award_id        uuid   not null,
    sequence_number bigint not null,
    previous_total  bigint not null,
    total           bigint not null,
    reason          varchar(4000) not null,
    amended_on      date   not null,
    primary key (award_id, sequence_number)
);
