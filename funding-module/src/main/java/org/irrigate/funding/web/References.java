package org.irrigate.funding.web;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.springframework.stereotype.Component;

/**
 * Checks what a request refers to against the event store, so an unknown id is a 404 before any command is sent;
 * the event store, not a read model, because a record created a moment ago must already count.
 */
@Component
class References {
    private final EventStore events;

    References(EventStore events) {
        this.events = events;
    }

    <T> T require(T id, String what) {
        return Existing.require(events, id, what);
    }

    void organisations(List<OrganisationId> ids) {
        if (ids != null) {
            ids.forEach(id -> require(id, "Organisation"));
        }
    }

    void people(List<PersonId> ids) {
        if (ids != null) {
            ids.forEach(id -> require(id, "Person"));
        }
    }

    void places(List<PlaceCode> codes) {
        if (codes != null) {
            codes.forEach(code -> require(code, "Place"));
        }
    }

    void recipients(List<Recipient> recipients) {
        if (recipients != null) {
            recipients.stream().filter(java.util.Objects::nonNull).forEach(r -> {
                require(r.organisation(), "Organisation");
                require(r.host(), "Organisation");
            });
        }
    }

    void schedule(List<SchedulePart> parts) {
        if (parts != null) {
            parts.stream().filter(java.util.Objects::nonNull).forEach(p -> require(p.recipient(), "Organisation"));
        }
    }

    void work(ContributingWork work) {
        if (work != null && work.kind() != null) {
            String what = switch (work.kind()) {
                case CONVERSATION -> "Conversation";
                case ADVOCACY_ACTION -> "Advocacy action";
                case RELATIONSHIP -> "Relationship";
                case REPRESENTATION -> "Representation";
            };
            require(work.id(), what);
        }
    }
}
