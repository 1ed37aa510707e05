package org.irrigate.app.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.irrigate.core.api.Viewer;
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
        List<Subject> about = subjects(filter);
        about.forEach(subject -> subject(where, args, subject));
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
        visibleTo(where, args, "t", filter.viewer());
        boolean onlyAbout = noEntryFilter(filter);
        Long total = onlyAbout && about.isEmpty() ? visible(filter.viewer())
                : onlyAbout && about.size() == 1 ? visibleAbout(about.getFirst(), filter.viewer())
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

    /** An organisation, person or place the entries must be about. */
    private record Subject(String kind, String id) {
    }

    private static List<Subject> subjects(TimelineFilter f) {
        List<Subject> subjects = new ArrayList<>();
        if (f.organisation() != null) {
            subjects.add(new Subject("organisation", f.organisation()));
        }
        if (f.person() != null) {
            subjects.add(new Subject("person", f.person()));
        }
        if (f.place() != null) {
            subjects.add(new Subject("place", f.place()));
        }
        return subjects;
    }

    private static boolean noEntryFilter(TimelineFilter f) {
        return f.eventType() == null && f.module() == null && f.happenedFrom() == null && f.happenedTo() == null
                && f.recordedFrom() == null && f.recordedTo() == null && f.knownOn() == null && f.asOf() == null;
    }

    /**
     * The entries about one subject the viewer may see, counted from the subject rows alone (they carry who may see
     * the entry): one index range, not a visit to each entry.
     */
    private long visibleAbout(Subject subject, Viewer viewer) {
        StringBuilder sql = new StringBuilder(
                "select count(*) from timeline_subject s where s.subject_id = ? and s.kind = ?");
        List<Object> args = new ArrayList<>(List.of(subject.id(), subject.kind()));
        visibleTo(sql, args, "s", viewer);
        Long total = jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    /** Entries the viewer may see, from the per-audience counts the projection keeps: no count over every row. */
    private long visible(Viewer viewer) {
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

    private static void subject(StringBuilder where, List<Object> args, Subject subject) {
        where.append(" and exists (select 1 from timeline_subject s where s.subject_id = ? and s.kind = ?"
                + " and s.position = t.position)");
        args.add(subject.id());
        args.add(subject.kind());
    }

    /** Rows of {@code table} (an alias) that are shared, or private to the viewer's organisation, unless it sees all. */
    private static void visibleTo(StringBuilder where, List<Object> args, String table, Viewer viewer) {
        if (!viewer.seesAllPrivate()) {
            where.append(" and (").append(table).append(".private_to is null or ").append(table)
                    .append(".private_to = ?)");
            args.add(viewer.organisation() == null ? null : viewer.organisation().value());
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
