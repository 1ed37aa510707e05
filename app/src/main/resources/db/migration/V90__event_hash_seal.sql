-- Each link is sealed with an HMAC whose key is kept outside the database (docs/decisions/0004): someone who can
-- write to the database can recompute the hashes, but not the seals.
alter table event_hash add column seal varchar(64);
