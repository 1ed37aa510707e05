-- Journeys, time travel and replay (app cross-module read models, decision 8).
-- The journey ledger: every event a journey is built from, bitemporally (happened_on and recorded_at), so one read
-- model answers "now", "as known on" a record time and "as it was on" a day. Rebuilt by replay.
create table journey_fact (
    position     bigint        not null primary key,
    event_id     varchar(255)  not null,
    aggregate_id varchar(255),
    event_type   varchar(255)  not null,
    happened_on  date          not null,
    recorded_at  timestamp     not null,
    private_to   uuid,
    payload      text          not null
);
create index ix_journey_fact_recorded on journey_fact (recorded_at);

-- Disposable replays: the same facts, replayed from the event store up to a record time into a separate model that
-- a researcher exports and then discards.
create table journey_replay_fact (
    replay_id    varchar(64)   not null,
    position     bigint        not null,
    event_id     varchar(255)  not null,
    aggregate_id varchar(255),
    event_type   varchar(255)  not null,
    happened_on  date          not null,
    recorded_at  timestamp     not null,
    private_to   uuid,
    payload      text          not null,
    primary key (replay_id, position)
);
