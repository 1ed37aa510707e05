create table user_account (
    username        varchar(100) not null primary key,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null,
    organisation_id uuid         not null,
    enabled         boolean      not null
);

-- One row per (user, Idempotency-Key): the primary key is what makes a retried command run once.
create table idempotency_record (
    scope        varchar(320)  not null primary key,
    fingerprint  varchar(64)   not null,
    in_progress  boolean       not null,
    status       integer,
    content_type varchar(200),
    location     varchar(500),
    body         ${binary},
    created_at   timestamp(6) with time zone not null
);
