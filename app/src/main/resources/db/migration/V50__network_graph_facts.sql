-- Dated facts of the network graph: each row holds when it happened (happened_on, valid time) and when Irrigate
-- learnt of it (recorded_at, record time), so the graph can be assembled as it was on a day, as known at an instant.

-- Relationship facts, one per relationship event: an assessment (strength), a role it depends on (person_id), an
-- at-risk flag (person_id: whose role ended) or its clearing. seq is the event's sequence number in its relationship.
create table graph_relationship_fact (
    relationship_id uuid          not null,
    seq             bigint        not null,
    fact            varchar(20)   not null,
    first_kind      varchar(20)   not null,
    first_id        uuid          not null,
    second_kind     varchar(20)   not null,
    second_id       uuid          not null,
    strength        varchar(20),
    person_id       uuid,
    happened_on     date          not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_graph_relationship_fact primary key (relationship_id, seq)
);

-- Each version of a conversation (logged or corrected) and its retraction; private_to as on the event.
create table graph_conversation_fact (
    conversation_id uuid          not null,
    seq             bigint        not null,
    fact            varchar(20)   not null,
    happened_on     date          not null,
    recorded_at     timestamp(6) with time zone not null,
    private_to      uuid,
    constraint pk_graph_conversation_fact primary key (conversation_id, seq)
);

create table graph_conversation_party (
    conversation_id uuid        not null,
    seq             bigint      not null,
    party_order     integer     not null,
    party_kind      varchar(20) not null,
    party_id        uuid        not null,
    constraint pk_graph_conversation_party primary key (conversation_id, seq, party_order)
);

-- A person's role at an organisation (ROLE) or seat on a strategic body (SEAT, organisation_id is the body and
-- on_behalf_of the organisation the seat is held for), valid from started_on until ended_on.
create table graph_span (
    id                  uuid          not null primary key,
    kind                varchar(10)   not null,
    person_id           uuid          not null,
    organisation_id     uuid          not null,
    on_behalf_of        uuid,
    title               varchar(500),
    started_on          date          not null,
    started_recorded_at timestamp(6) with time zone not null,
    ended_on            date,
    ended_recorded_at   timestamp(6) with time zone
);

-- Contribution claims: the work (conversation, relationship, representation or advocacy action) a funding journey
-- rests on. A claim names an award or a bid decision; a journey is the bid, and an award stands for the bid it came
-- from (graph_award), so claims on a bid and on its award count one journey. A withdrawn claim stops counting.
create table graph_claim (
    id                    uuid          not null primary key,
    work_kind             varchar(20)   not null,
    work_id               uuid          not null,
    bid_id                uuid,
    award_id              uuid,
    happened_on           date          not null,
    recorded_at           timestamp(6) with time zone not null,
    withdrawn_on          date,
    withdrawn_recorded_at timestamp(6) with time zone
);
create index ix_graph_claim_work on graph_claim (work_id);

create table graph_award (
    id     uuid not null primary key,
    bid_id uuid
);
