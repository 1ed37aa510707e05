-- Theory of Change read model: every version is kept as its own rows, never overwritten.
create table evidence_toc_version (
    toc_id       uuid          not null,
    version      integer       not null,
    title        varchar(200)  not null,
    what_changed varchar(1000),
    happened_on  date          not null,
    constraint pk_evidence_toc_version primary key (toc_id, version)
);

create table evidence_toc_outcome (
    toc_id      uuid          not null,
    version     integer       not null,
    position    integer       not null,
    code        varchar(20)   not null,
    level       varchar(20)   not null,
    description varchar(1000) not null,
    constraint pk_evidence_toc_outcome primary key (toc_id, version, position)
);

create table evidence_toc_outcome_area (
    toc_id   uuid        not null,
    version  integer     not null,
    position integer     not null,
    area     varchar(40) not null,
    constraint pk_evidence_toc_outcome_area primary key (toc_id, version, position, area)
);

-- Each choice of priority outcomes, in the order they were chosen.
create table evidence_toc_priority (
    toc_id      uuid          not null,
    choice_no   integer       not null,
    version     integer       not null,
    rationale   varchar(1000),
    happened_on date          not null,
    constraint pk_evidence_toc_priority primary key (toc_id, choice_no)
);

create table evidence_toc_priority_code (
    toc_id    uuid        not null,
    choice_no integer     not null,
    position  integer     not null,
    code      varchar(20) not null,
    constraint pk_evidence_toc_priority_code primary key (toc_id, choice_no, position)
);
