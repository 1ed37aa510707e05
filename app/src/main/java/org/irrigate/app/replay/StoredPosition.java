package org.irrigate.app.replay;

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
        if (index == null) {
            throw new IllegalStateException("Event " + event.getIdentifier() + " is not in the event store");
        }
        return index;
    }
}
