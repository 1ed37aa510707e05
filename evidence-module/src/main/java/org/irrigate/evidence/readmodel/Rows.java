package org.irrigate.evidence.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.TimelineItemKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Column reading and writing shared by the evidence read models, which use plain JDBC: the same portable SQL runs on
 * H2 and PostgreSQL.
 */
public final class Rows {
    private Rows() {
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static UUID id(Object typedId) {
        return typedId == null ? null : UUID.fromString(typedId.toString());
    }

    public static TimelineItem item(ResultSet rs) throws SQLException {
        return new TimelineItem(TimelineItemKind.valueOf(rs.getString("item_kind")), rs.getString("item_reference"));
    }

    /** Outcome areas from a one-column query, in the index's order. */
    public static List<OutcomeArea> areas(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args).stream().map(OutcomeArea::valueOf).sorted().toList();
    }
}
