-- Evidence by outcome area and partner: one row per case study, learning point or harvested outcome.
-- item_no tells the learning points of one reflection apart (0 for the other kinds).
create table evidence_item (
    evidence_id uuid         not null,
    item_no     integer      not null,
    kind        varchar(30)  not null,
    title       varchar(200) not null,
    happened_on date         not null,
    counted     boolean      not null,
    constraint pk_evidence_item primary key (evidence_id, item_no)
);

create table evidence_item_area (
    evidence_id uuid        not null,
    item_no     integer     not null,
    area        varchar(40) not null,
    constraint pk_evidence_item_area primary key (evidence_id, item_no, area)
);
create index ix_evidence_item_area on evidence_item_area (area);

create table evidence_item_partner (
    evidence_id uuid    not null,
    item_no     integer not null,
    partner_id  uuid    not null,
    constraint pk_evidence_item_partner primary key (evidence_id, item_no, partner_id)
);
create index ix_evidence_item_partner on evidence_item_partner (partner_id);

-- The partners that took part in a reflection, which its learning points are evidence for.
create table evidence_reflection_partner (
    reflection_id uuid not null,
    partner_id    uuid not null,
    constraint pk_evidence_reflection_partner primary key (reflection_id, partner_id)
);
