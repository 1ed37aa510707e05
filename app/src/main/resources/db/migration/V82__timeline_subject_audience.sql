-- Who may see each subject's entries, kept beside the subject: the total of a page filtered by one organisation,
-- person or place is counted from this index alone instead of visiting each of the subject's entries, which at a
-- million events took longer than the page itself (docs/decisions/0013-benchmarks.md).
alter table timeline_subject add column private_to uuid;

update timeline_subject set private_to =
    (select t.private_to from timeline_entry t where t.position = timeline_subject.position);

create index ix_timeline_subject_audience on timeline_subject (subject_id, kind, private_to);
