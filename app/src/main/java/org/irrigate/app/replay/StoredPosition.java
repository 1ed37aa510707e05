package org.irrigate.app.replay;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global index an event was stored under. Not the tracking token's position: writers commit out of index order,
 * and when a processor reads an event that fills a gap, its token keeps the higher index it had already reached, so
 * the token's position names another event (treating it as this one's drops the late event as "already seen").
 */
@Component
public class StoredPosition {
    private final JdbcTemplate jdbc;

    StoredPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long of(EventMessage<?> event) {
        Long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                Long.class, event.getIdentifier());
        return require(event.getIdentifier(), index);
    }

    /** The global indexes of a batch of events, by event identifier, in one query. */
    public Map<String, Long> of(Collection<String> eventIds) {
        Map<String, Long> indexes = new HashMap<>();
        jdbc.query("select event_identifier, global_index from domain_event_entry where event_identifier in ("
                + Chunks.marks(eventIds.size()) + ")", rs -> {
            indexes.put(rs.getString(1), rs.getLong(2));
        }, eventIds.toArray());
        eventIds.forEach(id -> require(id, indexes.get(id)));
        return indexes;
    }

    private static long require(String eventId, Long index) {
        if (index == null) {
            throw new IllegalStateException("Event " + eventId + " is not in the event store");
        }
        return index;
    }
}
