package org.irrigate.app.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.app.replay.StoredPosition;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.Subjects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The auditable timeline: one row per event of every module, in the event store's global order, with who recorded
 * it, when, and on whose behalf. A streaming processor builds it, so it can be dropped and replayed at any time.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class TimelineProjection {
    static final String PROCESSING_GROUP = "timeline";

    private final JdbcTemplate jdbc;
    private final StoredPosition positions;

    TimelineProjection(JdbcTemplate jdbc, StoredPosition positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    @EventHandler
    void on(NetworkEvent event, EventMessage<?> message) {
        long position = positions.of(message);
        if (exists(position)) {
            return; // at-least-once delivery: a redelivered event must not be counted twice
        }
        AuditMetadata audit = AuditMetadata.from(message.getMetaData());
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long aggregateSequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Instant recordedAt = audit.recordedAt() != null ? audit.recordedAt() : message.getTimestamp();
        jdbc.update("""
                        insert into timeline_entry (position, event_id, event_type, module, aggregate_id,
                          aggregate_sequence, happened_on, recorded_at, stored_at, recorded_by, on_behalf_of,
                          correlation_id, private_to, summary)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                position, message.getIdentifier(), event.getClass().getSimpleName(), module(event), aggregateId,
                aggregateSequence, event.happenedOn(), Timestamp.from(recordedAt),
                Timestamp.from(message.getTimestamp()), audit.recordedBy(),
                audit.onBehalfOf() == null ? null : audit.onBehalfOf().value(),
                message.getMetaData().get(AuditMetadata.CORRELATION_ID),
                event.privateTo() == null ? null : event.privateTo().value(), event.summary());
        Subjects subjects = event.subjects();
        subjects.organisations().forEach(id -> subject(position, "organisation", id.toString()));
        subjects.people().forEach(id -> subject(position, "person", id.toString()));
        subjects.places().forEach(code -> subject(position, "place", code.toString()));
    }

    private boolean exists(long position) {
        Integer count = jdbc.queryForObject("select count(*) from timeline_entry where position = ?", Integer.class,
                position);
        return count != null && count > 0;
    }

    private void subject(long position, String kind, String id) {
        jdbc.update("insert into timeline_subject (position, kind, subject_id) values (?, ?, ?)", position, kind, id);
    }

    /** org.irrigate.influence.api.X → influence */
    private static String module(NetworkEvent event) {
        String[] parts = event.getClass().getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "core";
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from timeline_subject");
        jdbc.update("delete from timeline_entry");
    }
}
