-- Tipping points and what they link to.
create table influence_tipping_point (
    id                uuid          not null primary key,
    happened_on       date          not null,
    what_changed      varchar(500)  not null,
    before_text       varchar(2000) not null,
    after_text        varchar(2000) not null,
    place_code        varchar(9),
    retracted         boolean       not null,
    retraction_reason varchar(1000)
);

-- ORGANISATION, CONVERSATION or ADVOCACY_ACTION
create table influence_tipping_point_link (
    tipping_point_id uuid        not null,
    link_kind        varchar(20) not null,
    link_order       integer     not null,
    target_id        uuid        not null,
    constraint pk_influence_tipping_point_link primary key (tipping_point_id, link_kind, link_order)
);
create index ix_influence_tipping_point_target on influence_tipping_point_link (target_id);
