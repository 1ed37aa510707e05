package org.irrigate.influence.web;

import java.util.Collection;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RoleDependency;
import org.springframework.stereotype.Component;

/**
 * Checks that what a request refers to exists, against the event store (read models may lag a moment behind), so an
 * unknown reference is a 404 before any command is sent. Null means "no reference" and passes.
 */
@Component
class References {
    private final EventStore events;

    References(EventStore events) {
        this.events = events;
    }

    void organisation(OrganisationId id) {
        Existing.require(events, id, "Organisation");
    }

    void organisations(Collection<OrganisationId> ids) {
        if (ids != null) {
            ids.forEach(this::organisation);
        }
    }

    void person(PersonId id) {
        Existing.require(events, id, "Person");
    }

    void people(Collection<PersonId> ids) {
        if (ids != null) {
            ids.forEach(this::person);
        }
    }

    void party(Party party) {
        if (party != null) {
            Existing.require(events, party.id(), party.isPerson() ? "Person" : "Organisation");
        }
    }

    void parties(Collection<Party> parties) {
        if (parties != null) {
            parties.forEach(this::party);
        }
    }

    void place(PlaceCode code) {
        Existing.require(events, code, "Place");
    }

    void advocacyActions(Collection<AdvocacyActionId> ids) {
        if (ids != null) {
            ids.forEach(id -> Existing.require(events, id, "Advocacy action"));
        }
    }

    /**
     * The person must exist and have started that role. Read from the person's own events, not the people
     * directory, so a role started a moment ago counts.
     */
    void role(RoleDependency dependency) {
        if (dependency == null) {
            return;
        }
        person(dependency.personId());
        boolean started = events.readEvents(dependency.personId().toString()).asStream()
                .anyMatch(e -> e.getPayload() instanceof RoleStarted role && role.roleId().equals(dependency.roleId()));
        if (!started) {
            throw new NotFoundException("Role of that person", dependency.roleId());
        }
    }
}
