-- Contribution claims (processing group funding-contribution-claims): rebuilt from events, safe to drop and replay.
create table funding_contribution_claim (
    id                uuid          not null primary key,
    work_kind         varchar(20)   not null,
    work_id           uuid          not null,
    bid_id            uuid,
    award_id          uuid,
    strength          varchar(20)   not null,
    rationale         varchar(4000) not null,
    evidence          varchar(4000) not null,
    claimed_by        uuid          not null,
    claimed_on        date          not null,
    status            varchar(20)   not null,
    withdrawal_reason varchar(4000),
    withdrawn_on      date
);
create index ix_funding_claim_award on funding_contribution_claim (award_id);
create index ix_funding_claim_bid on funding_contribution_claim (bid_id);
create index ix_funding_claim_work on funding_contribution_claim (work_id);

create table funding_claim_challenge (
    claim_id        uuid          not null,
    sequence_number bigint        not null,
    challenged_by   uuid          not null,
    reason          varchar(4000) not null,
    challenged_on   date          not null,
    primary key (claim_id, sequence_number)
);
