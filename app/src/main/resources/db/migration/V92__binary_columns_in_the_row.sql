-- Axon's binary columns and Irrigate's stored responses were BLOBs on H2: every value longer than a few hundred
-- bytes a large object in H2's separate LOB maps, written, read and cleaned up apart from its row. ${binary} is now
-- binary varying on H2 (kept in the row) and still bytea on PostgreSQL, where these statements change nothing.
alter table domain_event_entry alter column payload set data type ${binary};
alter table domain_event_entry alter column meta_data set data type ${binary};
alter table snapshot_event_entry alter column payload set data type ${binary};
alter table snapshot_event_entry alter column meta_data set data type ${binary};
alter table token_entry alter column token set data type ${binary};
alter table saga_entry alter column serialized_saga set data type ${binary};
alter table dead_letter_entry alter column payload set data type ${binary};
alter table dead_letter_entry alter column meta_data set data type ${binary};
alter table dead_letter_entry alter column token set data type ${binary};
alter table dead_letter_entry alter column diagnostics set data type ${binary};
alter table idempotency_record alter column body set data type ${binary};
