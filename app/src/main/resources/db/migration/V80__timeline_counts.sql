-- How many timeline entries each audience can see: 'shared' for entries everyone sees, or the organisation a private
-- entry belongs to. The timeline's unfiltered pages report their total from here instead of counting every row, which
-- at a million entries took longer than the page itself (docs/decisions/0013-benchmarks.md).
create table timeline_count (
    audience varchar(64) not null primary key,
    entries  bigint      not null
);

insert into timeline_count (audience, entries)
select coalesce(cast(private_to as varchar(64)), 'shared'), count(*)
from timeline_entry
group by coalesce(cast(private_to as varchar(64)), 'shared');
