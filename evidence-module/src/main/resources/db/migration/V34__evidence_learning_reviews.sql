-- Learning reviews: the record time they look at, what they pinned and what they found.
create table evidence_learning_review (
    id          uuid          not null primary key,
    question    varchar(1000) not null,
    period_from date          not null,
    period_to   date,
    record_time timestamp(6) with time zone not null,
    status      varchar(20)   not null,
    opened_on   date          not null,
    conclusion  varchar(4000),
    closed_on   date
);

create table evidence_review_scope (
    review_id   uuid        not null,
    kind        varchar(20) not null,
    position    integer     not null,
    scope_value varchar(64) not null,
    constraint pk_evidence_review_scope primary key (review_id, kind, position)
);

-- Pins are ordered by the review's own event sequence, so a replay puts them back in the same order.
create table evidence_review_pin (
    review_id        uuid          not null,
    item_kind        varchar(30)   not null,
    item_reference   varchar(255)  not null,
    event_seq        bigint        not null,
    why              varchar(1000),
    item_recorded_at timestamp(6) with time zone not null,
    happened_on      date          not null,
    constraint pk_evidence_review_pin primary key (review_id, item_kind, item_reference)
);

create table evidence_review_finding (
    review_id   uuid          not null,
    finding_no  integer       not null,
    body        varchar(4000) not null,
    happened_on date          not null,
    constraint pk_evidence_review_finding primary key (review_id, finding_no)
);

create table evidence_finding_basis (
    review_id      uuid         not null,
    finding_no     integer      not null,
    position       integer      not null,
    item_kind      varchar(30)  not null,
    item_reference varchar(255) not null,
    constraint pk_evidence_finding_basis primary key (review_id, finding_no, position)
);
