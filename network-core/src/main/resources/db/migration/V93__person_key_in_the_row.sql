-- As V92 for Axon's tables: on H2 the person keys were BLOBs; ${binary} is now binary varying there (bytea on
-- PostgreSQL, unchanged).
alter table person_key alter column secret set data type ${binary};
