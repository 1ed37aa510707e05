package org.irrigate.core.api;

import java.time.LocalDate;

/**
 * Every domain event of every module. Record time (when Irrigate learnt of it) travels in the event's metadata,
 * see {@link AuditMetadata}; the event itself says when it happened in the world (valid time), which may be long
 * before it was recorded.
 */
public interface NetworkEvent {
    LocalDate happenedOn();

    /** The organisations, people and places the event is about. */
    Subjects subjects();

    /** One line for the timeline; names of people stay out of it so erasure never touches the timeline. */
    String summary();

    /**
     * The organisation whose users alone (with the coordinator) may see this event, or null when the network may.
     * A partner can keep a conversation private to itself.
     */
    default OrganisationId privateTo() {
        return null;
    }
}
