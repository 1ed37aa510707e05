-- Case studies as they stand now (their earlier versions stay in the event store and on the timeline).
create table evidence_case_study (
    id                  uuid          not null primary key,
    partner_id          uuid          not null,
    title               varchar(200)  not null,
    status              varchar(20)   not null,
    version             integer       not null,
    happened_on         date          not null,
    stage               varchar(1000),
    subject             varchar(4000) not null,
    personal_details    varchar(1000),
    motivation          varchar(4000),
    experience          varchar(4000),
    why_it_happened     varchar(4000),
    expected_unexpected varchar(4000),
    consent_method      varchar(20),
    consent_scope       varchar(1000),
    consent_on          date,
    published_on        date
);
create index ix_evidence_case_study_partner on evidence_case_study (partner_id);

create table evidence_case_study_narrative (
    case_study_id uuid          not null,
    area          varchar(40)   not null,
    narrative     varchar(4000) not null,
    constraint pk_evidence_case_study_narrative primary key (case_study_id, area)
);

create table evidence_case_study_link (
    case_study_id uuid        not null,
    kind          varchar(30) not null,
    target_id     uuid        not null,
    constraint pk_evidence_case_study_link primary key (case_study_id, kind, target_id)
);
