package org.irrigate.app.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the timeline with every filter bound as a parameter: nothing a reader types becomes SQL. */
@Service
public class TimelineReader {
    private final JdbcTemplate jdbc;

    TimelineReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public TimelinePage read(TimelineFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        subject(where, args, "organisation", filter.organisation());
        subject(where, args, "person", filter.person());
        subject(where, args, "place", filter.place());
        condition(where, args, " and t.event_type = ?", filter.eventType());
        condition(where, args, " and t.module = ?", filter.module());
        condition(where, args, " and t.happened_on >= ?", filter.happenedFrom() == null ? null : Date.valueOf(filter.happenedFrom()));
        condition(where, args, " and t.happened_on <= ?", filter.happenedTo() == null ? null : Date.valueOf(filter.happenedTo()));
        condition(where, args, " and t.recorded_at >= ?", filter.recordedFrom() == null ? null
                : Timestamp.from(filter.recordedFrom().atStartOfDay().toInstant(ZoneOffset.UTC)));
        condition(where, args, " and t.recorded_at < ?", filter.recordedTo() == null ? null
                : Timestamp.from(filter.recordedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        condition(where, args, " and t.recorded_at <= ?", filter.knownOn() == null ? null
                : Timestamp.from(filter.knownOn()));
        condition(where, args, " and t.happened_on <= ?", filter.asOf() == null ? null : Date.valueOf(filter.asOf()));
        if (!filter.viewer().seesAllPrivate()) {
            where.append(" and (t.private_to is null or t.private_to = ?)");
            args.add(filter.viewer().organisation() == null ? null : filter.viewer().organisation().value());
        }
        Long total = unfiltered(filter) ? visible(filter.viewer())
                : aboutOneSubjectOnly(filter) ? visibleAbout(filter)
                : jdbc.queryForObject("select count(*) from timeline_entry t" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(filter.size());
        pageArgs.add((long) filter.page() * filter.size());
        List<TimelineEntry> items = jdbc.query("""
                        select t.*, o.name as on_behalf_of_name from timeline_entry t
                        left join organisation_directory o on o.id = t.on_behalf_of""" + where
                        + " order by t.position " + (filter.newestFirst() ? "desc" : "asc") + " limit ? offset ?",
                (rs, i) -> entry(rs), pageArgs.toArray());
        return new TimelinePage(items, filter.page(), filter.size(), total == null ? 0 : total);
    }

    private static boolean unfiltered(TimelineFilter f) {
        return subjects(f) == 0 && noEntryFilter(f);
    }

    private static boolean aboutOneSubjectOnly(TimelineFilter f) {
        return subjects(f) == 1 && noEntryFilter(f);
    }

    private static int subjects(TimelineFilter f) {
        return (f.organisation() == null ? 0 : 1) + (f.person() == null ? 0 : 1) + (f.place() == null ? 0 : 1);
    }

    private static boolean noEntryFilter(TimelineFilter f) {
        return f.eventType() == null && f.module() == null && f.happenedFrom() == null && f.happenedTo() == null
                && f.recordedFrom() == null && f.recordedTo() == null && f.knownOn() == null && f.asOf() == null;
    }

    /**
     * The entries about one subject the viewer may see, counted from the subject rows alone (they carry who may see
     * the entry): one index range, not a visit to each entry.
     */
    private long visibleAbout(TimelineFilter f) {
        String kind = f.organisation() != null ? "organisation" : f.person() != null ? "person" : "place";
        String id = f.organisation() != null ? f.organisation() : f.person() != null ? f.person() : f.place();
        StringBuilder sql = new StringBuilder("select count(*) from timeline_subject s where s.subject_id = ? and s.kind = ?");
        List<Object> args = new ArrayList<>(List.of(id, kind));
        if (!f.viewer().seesAllPrivate()) {
            sql.append(" and (s.private_to is null or s.private_to = ?)");
            args.add(f.viewer().organisation() == null ? null : f.viewer().organisation().value());
        }
        Long total = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    /** Entries the viewer may see, from the per-audience counts the projection keeps: no count over every row. */
    private long visible(org.irrigate.core.api.Viewer viewer) {
        Long total = viewer.seesAllPrivate()
                ? jdbc.queryForObject("select coalesce(sum(entries), 0) from timeline_count", Long.class)
                : jdbc.queryForObject("select coalesce(sum(entries), 0) from timeline_count where audience in (?, ?)",
                        Long.class, TimelineProjection.SHARED, TimelineProjection.audience(
                                viewer.organisation() == null ? null : viewer.organisation().value()));
        return total == null ? 0 : total;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from timeline_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static void subject(StringBuilder where, List<Object> args, String kind, String id) {
        if (id != null) {
            where.append(" and exists (select 1 from timeline_subject s where s.subject_id = ? and s.kind = ?"
                    + " and s.position = t.position)");
            args.add(id);
            args.add(kind);
        }
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            args.add(value);
        }
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        return new TimelineEntry(rs.getLong("position"), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("module"), rs.getString("aggregate_id"), rs.getDate("happened_on").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getTimestamp("stored_at").toInstant(),
                rs.getString("recorded_by"), rs.getObject("on_behalf_of", UUID.class),
                rs.getString("on_behalf_of_name"), rs.getString("correlation_id"),
                rs.getObject("private_to") != null, rs.getString("summary"));
    }
}
