package org.irrigate.influence.web;

import java.util.Collection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may refer to or change a conversation, decided from its first event in the event store (no read-model lag).
 * A private conversation of another partner is "not found", never "forbidden": its existence is not disclosed.
 */
@Component
class ConversationAccess {
    private final EventStore events;
    private final CurrentViewer viewer;

    ConversationAccess(EventStore events, CurrentViewer viewer) {
        this.events = events;
        this.viewer = viewer;
    }

    ConversationLogged visible(ConversationId id) {
        if (id != null) {
            DomainEventStream stream = events.readEvents(id.toString());
            if (stream.hasNext()) {
                DomainEventMessage<?> first = stream.next();
                if (first.getPayload() instanceof ConversationLogged logged && viewer.get().maySee(logged.privateTo())) {
                    return logged;
                }
            }
        }
        throw new NotFoundException("Conversation", id);
    }

    void visible(Collection<ConversationId> ids) {
        if (ids != null) {
            ids.forEach(this::visible);
        }
    }

    /** Only the partner that logged a conversation, or the coordinator, corrects or retracts it. */
    ConversationLogged changeable(ConversationId id) {
        ConversationLogged logged = visible(id);
        Viewer reader = viewer.get();
        if (!reader.seesAllPrivate() && !logged.loggedBy().equals(reader.organisation())) {
            throw new AccessDeniedException("Only the partner that logged a conversation may change it");
        }
        return logged;
    }
}
