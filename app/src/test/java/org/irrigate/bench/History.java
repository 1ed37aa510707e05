package org.irrigate.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Builds years of stored history fast. Sending a million commands one by one would take hours here, so the history
 * is grown from the events the real command handlers stored for the workload (the template): each copy gives every
 * record in it (conversation, bid, award, claim, correlation id...) a fresh id, keeps the shared organisations, and
 * appends the copied events through Axon's event store in batches of {@value #BATCH} per transaction. The result is
 * events of the real types, lawful per aggregate, with full audit metadata, stored exactly as Irrigate stores them.
 */
final class History {
    static final int BATCH = 1_000;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final EventStore events;
    private final Serializer serializer;
    private final List<StoredEvent> template;
    private final Set<String> shared;

    /** @param shared ids that every copy keeps (the organisations: copies are more work by the same network) */
    History(EventStore events, Serializer serializer, List<StoredEvent> template, Set<String> shared) {
        if (template.isEmpty()) {
            throw new IllegalArgumentException("no template events to grow the history from");
        }
        this.events = events;
        this.serializer = serializer;
        this.template = template;
        this.shared = shared;
    }

    /** Appends copies of the template until {@code count} events more are stored; returns events per second. */
    double grow(long count) {
        long started = System.nanoTime();
        long appended = 0;
        while (appended < count) {
            Map<String, String> fresh = new HashMap<>();
            List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
            // a copy is appended whole: a cut-off copy would leave aggregates half told
            for (StoredEvent event : template) {
                batch.add(copy(event, fresh));
                if (batch.size() == BATCH) {
                    events.publish(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                events.publish(batch);
            }
            appended += template.size();
        }
        return appended / RawBaselines.seconds(started);
    }

    private DomainEventMessage<?> copy(StoredEvent event, Map<String, String> fresh) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(remap(event.payload(), fresh),
                byte[].class, event.payloadType(), event.payloadRevision()));
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(remap(event.metaData(), fresh),
                byte[].class, MetaData.class.getName(), null));
        return new GenericDomainEventMessage<>(event.type(), remap(event.aggregateIdentifier(), fresh),
                event.sequenceNumber(), payload, metaData, UUID.randomUUID().toString(), Instant.now());
    }

    private byte[] remap(byte[] json, Map<String, String> fresh) {
        return json == null ? null : remap(new String(json, StandardCharsets.UTF_8), fresh).getBytes(StandardCharsets.UTF_8);
    }

    private String remap(String text, Map<String, String> fresh) {
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String id = m.group();
            m.appendReplacement(out, shared.contains(id) ? id
                    : fresh.computeIfAbsent(id, any -> UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
