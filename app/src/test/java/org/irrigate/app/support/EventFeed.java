package org.irrigate.app.support;

import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.irrigate.core.api.AuditMetadata;

/**
 * Publishes domain events straight to the event store, as an aggregate would have: one stream per aggregate with
 * sequence numbers following the last one stored (so a policy's own events in between are
 * respected), and the audit metadata every command stamps. Projection tests
 * feed events this way to check a read model without going through the command side.
 */
public class EventFeed {
    private final EventStore events;
    private final Await await;

    public EventFeed(EventStore events, Await await) {
        this.events = events;
        this.await = await;
    }

    /** Appends {@code payloads} to the aggregate's stream, then waits until every projection has caught up. */
    public void feed(Object aggregateId, Object... payloads) {
        String aggregate = aggregateId.toString();
        for (Object payload : payloads) {
            long sequence = events.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
            events.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence,
                    payload, MetaData.from(Map.of(AuditMetadata.RECORDED_BY, "test",
                    AuditMetadata.RECORDED_AT, "2023-06-01T10:00:00Z",
                    AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString()))));
        }
        await.projections();
    }
}
