-- What the key-person risk policy remembers: which relationships depend on which roles, and which roles have ended.
create table influence_risk_dependency (
    relationship_id uuid not null,
    role_id         uuid not null,
    person_id       uuid not null,
    constraint pk_influence_risk_dependency primary key (relationship_id, role_id)
);
create index ix_influence_risk_dependency_role on influence_risk_dependency (role_id);

create table influence_risk_ended_role (
    role_id   uuid not null primary key,
    person_id uuid not null,
    ended_on  date not null
);
