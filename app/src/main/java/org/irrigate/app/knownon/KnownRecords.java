package org.irrigate.app.knownon;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.journey.FactRows;
import org.irrigate.app.replay.Chunks;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.Viewer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records as the network knew them at a record time: a record's own event stream, keeping the events recorded at
 * or before that instant that the viewer may see, folded into the view its module's query gives. Corrections
 * recorded later are later events, so they are not applied; a record begun later has no beginning, so it is not
 * there. Which records of a kind existed comes from the timeline, which has every event's type, aggregate and
 * record time.
 */
@Component
public class KnownRecords {
    private final EventStore events;
    private final JdbcTemplate jdbc;

    KnownRecords(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The record's events recorded by {@code at} that the viewer may see, oldest first. */
    public List<Known> events(Object id, Instant at, Viewer viewer) {
        return events.readEvents(id.toString()).asStream()
                .filter(m -> m.getPayload() instanceof NetworkEvent)
                .map(KnownRecords::known)
                .filter(k -> !k.recordedAt().isAfter(at) && viewer.maySee(k.event().privateTo()))
                .toList();
    }

    /** The record as known at {@code at}; null when it was not yet recorded or is not the viewer's to see. */
    public <V> V one(Object id, Fold<V> fold, Instant at, Viewer viewer) {
        List<Known> known = events(id, at, viewer);
        return known.isEmpty() ? null : fold.fold(known);
    }

    /** Every record of the kind begun by {@code at} that the viewer may see, in the order they were begun. */
    public <V> List<V> all(Fold<V> fold, Instant at, Viewer viewer) {
        return ids(fold, at, viewer).stream().map(id -> one(id, fold, at, viewer)).filter(Objects::nonNull).toList();
    }

    /** The aggregate ids of the records of the kind begun by {@code at} and visible to the viewer. */
    public List<String> ids(Fold<?> fold, Instant at, Viewer viewer) {
        List<String> types = fold.beginnings().stream().map(Class::getSimpleName).toList();
        List<Object> args = new ArrayList<>(types);
        args.add(Timestamp.from(at));
        String visible = "";
        if (!viewer.seesAllPrivate()) {
            visible = " and (private_to is null or private_to = ?)";
            args.add(viewer.organisation() == null ? null : viewer.organisation().value());
        }
        return jdbc.queryForList("select aggregate_id from timeline_entry where event_type in ("
                + Chunks.marks(types.size()) + ") and recorded_at <= ?" + visible
                + " and aggregate_id is not null order by position", String.class, args.toArray())
                .stream().distinct().toList();
    }

    private static Known known(DomainEventMessage<?> message) {
        return new Known((NetworkEvent) message.getPayload(), FactRows.recordedAt(message));
    }
}
