package org.irrigate.evidence.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.Viewer;
import org.irrigate.evidence.api.EvidenceQuery.ResolveTimelineItem;
import org.irrigate.evidence.api.EvidenceView.ResolvedItem;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.TimelineItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks what a request refers to before any command is sent, against the event store rather than read models
 * (which lag a moment behind): an unknown organisation, person, place, link or timeline item is a 404.
 */
@Component
class EvidenceReferences {
    private final EventStore events;
    private final QueryGateway queries;
    private final CurrentViewer viewer;

    EvidenceReferences(EventStore events, QueryGateway queries, CurrentViewer viewer) {
        this.events = events;
        this.queries = queries;
        this.viewer = viewer;
    }

    Viewer viewer() {
        return viewer.get();
    }

    void organisations(List<OrganisationId> ids) {
        nullSafe(ids).forEach(id -> Existing.require(events, id, "Organisation"));
    }

    void people(List<PersonId> ids) {
        nullSafe(ids).forEach(id -> Existing.require(events, id, "Person"));
    }

    void places(List<PlaceCode> codes) {
        nullSafe(codes).forEach(code -> Existing.require(events, code, "Place"));
    }

    void links(Links links) {
        if (links != null) {
            links.conversations().forEach(id -> Existing.require(events, id, "Conversation"));
            links.advocacyActions().forEach(id -> Existing.require(events, id, "Advocacy action"));
            links.awards().forEach(id -> Existing.require(events, id, "Award"));
        }
    }

    void items(List<TimelineItem> items) {
        nullSafe(items).forEach(this::known);
    }

    /** Everything the viewer may see of the item, as known now; 404 when there is nothing. */
    ResolvedItem known(TimelineItem item) {
        ResolvedItem resolved = resolve(item, null);
        if (resolved == null) {
            throw new NotFoundException("Timeline item", item);
        }
        return resolved;
    }

    /** The item as known at a record time (null: now), or null when the viewer may see nothing of it then. */
    ResolvedItem resolve(TimelineItem item, Instant knownAt) {
        return QueryAnswers.find(queries, new ResolveTimelineItem(item, knownAt, viewer.get()), ResolvedItem.class)
                .orElse(null);
    }

    /** The first event of one of this module's own records: read from the store, so it is there at once. */
    <E> E first(Object id, Class<E> type, String what) {
        Existing.require(events, id, what);
        DomainEventMessage<?> first = events.readEvents(id.toString(), 0).next();
        if (!type.isInstance(first.getPayload())) {
            throw new NotFoundException(what, id);
        }
        return type.cast(first.getPayload());
    }

    /** A partner changes only its own records; the coordinator may act for any partner. */
    void requireActingFor(OrganisationId partner) {
        Viewer reader = viewer.get();
        if (!reader.seesAllPrivate() && !partner.equals(reader.organisation())) {
            throw new AccessDeniedException("Only the partner a case study belongs to, or the coordinator, may do this");
        }
    }

    private static <T> List<T> nullSafe(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
