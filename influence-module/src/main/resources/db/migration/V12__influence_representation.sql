-- The representation register: who holds which seat for whom on which body, from when to when.
create table influence_representation (
    id              uuid          not null primary key,
    person_id       uuid          not null,
    organisation_id uuid          not null,
    body_id         uuid          not null,
    seat            varchar(200)  not null,
    from_on         date          not null,
    to_on           date,
    end_reason      varchar(1000)
);
create index ix_influence_representation_body on influence_representation (body_id);
