-- FollowUpCompleted revision 2 names the partner who completed a follow-up (revision 1 events are upcast from their
-- audit metadata). Null while the follow-up is open.
alter table influence_follow_up add column completed_by uuid;
