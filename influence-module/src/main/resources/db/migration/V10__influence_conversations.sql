-- The conversation log and its follow-ups: read models rebuilt from events, safe to drop and replay.
create table influence_conversation (
    id                uuid           not null primary key,
    logged_by         uuid           not null,
    happened_on       date           not null,
    place_code        varchar(9),
    channel           varchar(30)    not null,
    topic             varchar(200)   not null,
    summary           varchar(4000),
    visibility        varchar(10)    not null,
    private_to        uuid,
    -- topic, summary and asks in lower case, for case-insensitive text search
    search_text       varchar(10000) not null,
    corrections       integer        not null,
    last_correction   varchar(1000),
    retracted         boolean        not null,
    retraction_reason varchar(1000),
    -- sequence number of the last event applied, so a redelivered event changes nothing
    last_seq          bigint         not null
);
create index ix_influence_conversation_happened on influence_conversation (happened_on);
create index ix_influence_conversation_logged_by on influence_conversation (logged_by);
create index ix_influence_conversation_place on influence_conversation (place_code);

create table influence_conversation_party (
    conversation_id uuid        not null,
    party_kind      varchar(20) not null,
    party_id        uuid        not null,
    party_order     integer     not null,
    constraint pk_influence_conversation_party primary key (conversation_id, party_kind, party_id)
);
create index ix_influence_conversation_party on influence_conversation_party (party_id);

create table influence_conversation_ask (
    conversation_id uuid         not null,
    ask_order       integer      not null,
    ask             varchar(500) not null,
    constraint pk_influence_conversation_ask primary key (conversation_id, ask_order)
);

create table influence_conversation_area (
    conversation_id uuid        not null,
    outcome_area    varchar(40) not null,
    constraint pk_influence_conversation_area primary key (conversation_id, outcome_area)
);
create index ix_influence_conversation_area on influence_conversation_area (outcome_area);

create table influence_conversation_link (
    conversation_id          uuid not null,
    follow_up_conversation_id uuid not null,
    linked_on                date not null,
    constraint pk_influence_conversation_link primary key (conversation_id, follow_up_conversation_id)
);

create table influence_follow_up (
    conversation_id   uuid         not null,
    follow_up_number  integer      not null,
    action_text       varchar(500) not null,
    owner_kind        varchar(20)  not null,
    owner_id          uuid         not null,
    due_on            date         not null,
    completed_on      date,
    completion_note   varchar(1000),
    constraint pk_influence_follow_up primary key (conversation_id, follow_up_number)
);
create index ix_influence_follow_up_due on influence_follow_up (due_on);
create index ix_influence_follow_up_owner on influence_follow_up (owner_id);
