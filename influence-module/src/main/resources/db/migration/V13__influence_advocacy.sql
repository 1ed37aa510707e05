-- The advocacy board: each action with its status, and its history of steps, responses, outcomes and closures.
create table influence_advocacy_action (
    id                  uuid          not null primary key,
    ask                 varchar(500)  not null,
    decision_at_stake   varchar(2000) not null,
    target_organisation uuid          not null,
    started_on          date          not null,
    status              varchar(20)   not null,
    steps               integer       not null,
    closed              boolean       not null,
    has_outcome         boolean       not null
);
create index ix_influence_advocacy_status on influence_advocacy_action (status);

-- ADVOCATE (organisation) or TARGET_PERSON
create table influence_advocacy_party (
    advocacy_action_id uuid        not null,
    party_role         varchar(20) not null,
    party_id           uuid        not null,
    constraint pk_influence_advocacy_party primary key (advocacy_action_id, party_role, party_id)
);
create index ix_influence_advocacy_party on influence_advocacy_party (party_id);

-- One row per step, response, outcome, closing or reopening; seq is the event's sequence in its action.
create table influence_advocacy_entry (
    advocacy_action_id uuid          not null,
    seq                bigint        not null,
    entry_kind         varchar(20)   not null,
    happened_on        date          not null,
    step_number        integer,
    detail             varchar(40),
    description        varchar(2000),
    constraint pk_influence_advocacy_entry primary key (advocacy_action_id, seq)
);

create table influence_advocacy_step_conversation (
    advocacy_action_id uuid    not null,
    seq                bigint  not null,
    link_order         integer not null,
    conversation_id    uuid    not null,
    constraint pk_influence_advocacy_step_conversation primary key (advocacy_action_id, seq, link_order)
);
