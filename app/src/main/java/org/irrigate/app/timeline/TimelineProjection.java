package org.irrigate.app.timeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.app.deadletter.WritesAtCommit;
import org.irrigate.app.replay.Chunks;
import org.irrigate.app.replay.PerBatch;
import org.irrigate.app.replay.StoredPosition;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.Subjects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The auditable timeline: one row per event of every module, in the event store's global order, with who recorded
 * it, when, and on whose behalf. A streaming processor builds it, so it can be dropped and replayed at any time.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {
    static final String PROCESSING_GROUP = "timeline";

    static final String SHARED = "shared";
    private static final int PRIVATE_TO = 12;
    private static final String PENDING = TimelineProjection.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final StoredPosition storedPositions;

    TimelineProjection(JdbcTemplate jdbc, StoredPosition storedPositions) {
        this.jdbc = jdbc;
        this.storedPositions = storedPositions;
    }

    /**
     * The entry's position is the event's global index, looked up when the batch is written. The tracking token is
     * not used for it: an event committed after later ones (a gap being filled) arrives with a token whose position
     * is the highest index seen, which would give it another event's position.
     */
    @EventHandler
    @WritesAtCommit
    void on(NetworkEvent event, EventMessage<?> message) {
        AuditMetadata audit = AuditMetadata.from(message.getMetaData());
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long aggregateSequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Instant recordedAt = audit.recordedAt() != null ? audit.recordedAt() : message.getTimestamp();
        Object[] entry = {null, message.getIdentifier(), event.getClass().getSimpleName(), module(event),
                aggregateId, aggregateSequence, event.happenedOn(), Timestamp.from(recordedAt),
                Timestamp.from(message.getTimestamp()), audit.recordedBy(),
                audit.onBehalfOf() == null ? null : audit.onBehalfOf().value(),
                message.getMetaData().get(AuditMetadata.CORRELATION_ID),
                event.privateTo() == null ? null : event.privateTo().value(), event.summary()};
        List<String[]> subjects = new ArrayList<>();
        Subjects about = event.subjects();
        about.organisations().forEach(id -> subjects.add(new String[] {"organisation", id.toString()}));
        about.people().forEach(id -> subjects.add(new String[] {"person", id.toString()}));
        about.places().forEach(code -> subjects.add(new String[] {"place", code.toString()}));
        PerBatch.add(PENDING, message.getIdentifier(), new Row(message.getIdentifier(), entry, subjects),
                rows -> Chunks.inChunks(rows, this::writeChunk));
    }

    private void writeChunk(List<Row> rows) {
        List<String> eventIds = rows.stream().map(Row::eventId).toList();
        Map<String, Long> positions = storedPositions.of(eventIds);
        // at-least-once delivery: an event delivered again (after a crash or a lost claim) must not be counted twice
        Set<String> stored = Chunks.alreadyWritten(jdbc, "timeline_entry", "event_id", String.class, eventIds, "");
        List<Row> fresh = rows.stream().filter(r -> !stored.contains(r.eventId())).toList();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> subjects = new ArrayList<>();
        for (Row row : fresh) {
            long position = positions.get(row.eventId());
            Object[] entry = row.entry().clone();
            entry[0] = position;
            entries.add(entry);
            row.subjects().forEach(subject -> subjects.add(new Object[] {position, subject[0], subject[1],
                    entry[PRIVATE_TO]}));
        }
        jdbc.batchUpdate("""
                insert into timeline_entry (position, event_id, event_type, module, aggregate_id,
                  aggregate_sequence, happened_on, recorded_at, stored_at, recorded_by, on_behalf_of,
                  correlation_id, private_to, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries);
        jdbc.batchUpdate("insert into timeline_subject (position, kind, subject_id, private_to) values (?, ?, ?, ?)",
                subjects);
        count(fresh);
    }

    /**
     * Adds the batch's entries to each audience's count. Audiences are updated in one order, so segments writing
     * the same counts at once queue behind each other rather than deadlock.
     */
    private void count(List<Row> rows) {
        Map<String, Long> added = new TreeMap<>();
        rows.forEach(r -> added.merge(audience(r.entry()[PRIVATE_TO]), 1L, Long::sum));
        added.forEach((audience, entries) -> {
            if (!addTo(audience, entries)) {
                insertCount(audience, entries);
            }
        });
    }

    private boolean addTo(String audience, long entries) {
        return jdbc.update("update timeline_count set entries = entries + ? where audience = ?", entries, audience) > 0;
    }

    /**
     * Two segments may both find an audience without a count (after a reset, say) and both insert it: the one that
     * loses adds to the winner's row instead. The insert runs in a savepoint, as PostgreSQL refuses every later
     * statement of a transaction in which one failed.
     */
    void insertCount(String audience, long entries) {
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                jdbc.update("insert into timeline_count (audience, entries) values (?, ?)", audience, entries);
            } catch (DuplicateKeyException counted) {
                if (beforeInsert != null) {
                    connection.rollback(beforeInsert);
                }
                addTo(audience, entries);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the timeline's entries", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static String audience(Object privateTo) {
        return privateTo == null ? SHARED : privateTo.toString();
    }

    private record Row(String eventId, Object[] entry, List<String[]> subjects) {
    }

    /** org.irrigate.influence.api.X → influence */
    private static String module(NetworkEvent event) {
        String[] parts = event.getClass().getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "core";
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from timeline_count");
        jdbc.update("delete from timeline_subject");
        jdbc.update("delete from timeline_entry");
    }
}
