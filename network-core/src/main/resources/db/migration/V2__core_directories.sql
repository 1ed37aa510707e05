-- network-core read models: rebuilt from events, safe to drop and replay.
create table organisation_directory (
    id             uuid         not null primary key,
    name           varchar(200) not null,
    kind           varchar(40)  not null,
    place_code     varchar(9),
    charity_number varchar(40),
    status         varchar(20)  not null,
    merged_into    uuid,
    member         boolean      not null,
    joined_on      date,
    left_on        date,
    registered_on  date
);

create table person_directory (
    id        uuid not null primary key,
    full_name varchar(200),
    email     varchar(320),
    phone     varchar(40),
    erased    boolean not null
);

create table person_role (
    role_id         uuid         not null primary key,
    person_id       uuid         not null,
    organisation_id uuid         not null,
    title           varchar(200) not null,
    started_on      date         not null,
    ended_on        date,
    end_reason      varchar(1000)
);
create index ix_person_role_person on person_role (person_id);
create index ix_person_role_organisation on person_role (organisation_id);

create table place_directory (
    code        varchar(9)   not null primary key,
    name        varchar(200) not null,
    level       varchar(10)  not null,
    parent_code varchar(9)
);
create index ix_place_parent on place_directory (parent_code);

-- One AES key per person, outside the event store: deleting it erases the person (crypto-shredding).
create table person_key (
    person_id uuid      not null primary key,
    secret    ${binary} not null
);

-- Which people were erased, so a key is never silently created again for them.
create table person_erased (
    person_id uuid not null primary key
);
