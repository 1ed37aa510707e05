-- The timeline projection checks redelivered events by event id, a batch at a time (docs/decisions/0013-benchmarks.md).
create unique index ix_timeline_event on timeline_entry (event_id);
