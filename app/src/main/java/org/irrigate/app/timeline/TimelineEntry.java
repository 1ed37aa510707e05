package org.irrigate.app.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the auditable timeline. */
public record TimelineEntry(long position, String eventId, String eventType, String module, String aggregateId,
                            LocalDate happenedOn, Instant recordedAt, Instant storedAt, String recordedBy,
                            UUID onBehalfOf, String onBehalfOfName, String correlationId, boolean isPrivate,
                            String summary) {
}
