package org.irrigate.core.api;

import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Checks a reference against the event store itself rather than a read model: read models catch up a moment later,
 * and a request that names something registered a moment ago must not be refused.
 */
public final class Existing {
    private Existing() {
    }

    /** Throws {@link NotFoundException} unless some aggregate has recorded events under this id. */
    public static <T> T require(EventStore events, T id, String what) {
        if (id != null && events.lastSequenceNumberFor(id.toString()).isEmpty()) {
            throw new NotFoundException(what, id);
        }
        return id;
    }
}
