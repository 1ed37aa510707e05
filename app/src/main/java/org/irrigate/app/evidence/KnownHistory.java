package org.irrigate.app.evidence;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationEvent;
import org.irrigate.core.api.PersonEvent;
import org.irrigate.core.api.PlaceRegistered;
import org.irrigate.core.api.Viewer;
import org.irrigate.evidence.api.CaseStudyEvent;
import org.irrigate.evidence.api.EvidenceEvent;
import org.irrigate.evidence.api.EvidenceQuery.ResolveTimelineItem;
import org.irrigate.evidence.api.EvidenceView.KnownEvent;
import org.irrigate.evidence.api.EvidenceView.ResolvedItem;
import org.irrigate.evidence.api.HarvestEvent;
import org.irrigate.evidence.api.LearningReviewEvent;
import org.irrigate.evidence.api.ReflectionEvent;
import org.irrigate.evidence.api.TheoryOfChangeEvent;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.TimelineItemKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the network knew about a timeline item at a record time, read from the event store itself: the item's
 * events whose {@code recordedAt} is at or before that time, as far as the viewer may see them. A correction
 * recorded later is a later event, so it is left out and a learning review keeps showing what it was based on.
 */
@Component
public class KnownHistory {
    private final EventStore events;
    private final JdbcTemplate jdbc;

    KnownHistory(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The item's events known at {@code knownAt} (null: now) that the viewer may see, oldest first. */
    public List<KnownEvent> of(TimelineItem item, Instant knownAt, Viewer viewer) {
        Stream<? extends DomainEventMessage<?>> messages = item.isEvent() ? event(item.reference())
                : events.readEvents(item.reference(), 0).asStream();
        return messages.filter(m -> m.getPayload() instanceof NetworkEvent event && fits(item.kind(), event))
                .map(KnownHistory::known)
                .filter(known -> knownAt == null || !known.recordedAt().isAfter(knownAt))
                .filter(known -> viewer.maySee(known.event().privateTo()))
                .toList();
    }

    @QueryHandler
    ResolvedItem handle(ResolveTimelineItem query) {
        List<KnownEvent> known = of(query.item(), query.knownAt(), query.viewer());
        return known.isEmpty() ? null : new ResolvedItem(query.item(), query.knownAt(), known);
    }

    /** Axon reads by aggregate only; the event's row says which aggregate and where in it. */
    private Stream<? extends DomainEventMessage<?>> event(String eventIdentifier) {
        return jdbc.queryForList("select aggregate_identifier, sequence_number from domain_event_entry"
                        + " where event_identifier = ?", eventIdentifier).stream()
                .flatMap(row -> events.readEvents((String) row.get("aggregate_identifier"),
                                ((Number) row.get("sequence_number")).longValue()).asStream().limit(1))
                .filter(message -> message.getIdentifier().equals(eventIdentifier));
    }

    private static KnownEvent known(DomainEventMessage<?> message) {
        NetworkEvent event = (NetworkEvent) message.getPayload();
        AuditMetadata audit = AuditMetadata.from(message.getMetaData());
        Instant recordedAt = audit.recordedAt() != null ? audit.recordedAt() : message.getTimestamp();
        return new KnownEvent(message.getIdentifier(), event.getClass().getSimpleName(),
                message.getAggregateIdentifier(), message.getSequenceNumber(), event.happenedOn(), recordedAt,
                audit.recordedBy(), audit.onBehalfOf(), event.summary(), event);
    }

    /**
     * An id given as one kind of aggregate must be one: network-core's and this application's evidence kinds are
     * checked by their event types; influence and funding ids must at least not be one of those.
     */
    static boolean fits(TimelineItemKind kind, NetworkEvent event) {
        return switch (kind) {
            case EVENT -> true;
            case ORGANISATION -> event instanceof OrganisationEvent;
            case PERSON -> event instanceof PersonEvent;
            case PLACE -> event instanceof PlaceRegistered;
            case THEORY_OF_CHANGE -> event instanceof TheoryOfChangeEvent;
            case CASE_STUDY -> event instanceof CaseStudyEvent;
            case REFLECTION -> event instanceof ReflectionEvent;
            case HARVESTED_OUTCOME -> event instanceof HarvestEvent;
            case LEARNING_REVIEW -> event instanceof LearningReviewEvent;
            default -> !(event instanceof OrganisationEvent || event instanceof PersonEvent
                    || event instanceof PlaceRegistered || event instanceof EvidenceEvent);
        };
    }
}
