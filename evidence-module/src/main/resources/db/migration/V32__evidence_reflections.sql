-- Reflection sessions and interviews with their learning points.
create table evidence_reflection (
    id          uuid           not null primary key,
    kind        varchar(30)    not null,
    title       varchar(200)   not null,
    notes       varchar(10000) not null,
    happened_on date           not null
);

create table evidence_reflection_participant (
    reflection_id  uuid        not null,
    kind           varchar(20) not null,
    position       integer     not null,
    participant_id uuid        not null,
    constraint pk_evidence_reflection_participant primary key (reflection_id, kind, position)
);

create table evidence_learning_point (
    reflection_id uuid          not null,
    point_no      integer       not null,
    body          varchar(2000) not null,
    happened_on   date          not null,
    constraint pk_evidence_learning_point primary key (reflection_id, point_no)
);

create table evidence_learning_point_area (
    reflection_id uuid        not null,
    point_no      integer     not null,
    area          varchar(40) not null,
    constraint pk_evidence_learning_point_area primary key (reflection_id, point_no, area)
);

create table evidence_learning_point_item (
    reflection_id  uuid         not null,
    point_no       integer      not null,
    position       integer      not null,
    item_kind      varchar(30)  not null,
    item_reference varchar(255) not null,
    constraint pk_evidence_learning_point_item primary key (reflection_id, point_no, position)
);
