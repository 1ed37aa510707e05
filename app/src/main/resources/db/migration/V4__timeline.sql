-- The auditable timeline read model: one row per event, in the event store's global order.
create table timeline_entry (
    position           bigint        not null primary key,
    event_id           varchar(255)  not null,
    event_type         varchar(100)  not null,
    module             varchar(30)   not null,
    aggregate_id       varchar(255),
    aggregate_sequence bigint,
    happened_on        date          not null,
    recorded_at        timestamp(6) with time zone not null,
    stored_at          timestamp(6) with time zone not null,
    recorded_by        varchar(100),
    on_behalf_of       uuid,
    correlation_id     varchar(255),
    private_to         uuid,
    summary            varchar(2000) not null
);
create index ix_timeline_type on timeline_entry (event_type, position);
create index ix_timeline_happened on timeline_entry (happened_on, position);
create index ix_timeline_recorded on timeline_entry (recorded_at, position);

-- What each event is about, for filtering by organisation, person or place.
create table timeline_subject (
    position   bigint       not null,
    kind       varchar(20)  not null,
    subject_id varchar(64)  not null,
    constraint pk_timeline_subject primary key (subject_id, kind, position)
);
create index ix_timeline_subject_position on timeline_subject (position);
