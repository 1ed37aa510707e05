package org.irrigate.core.web;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindPerson;
import org.irrigate.core.api.NetworkQuery.FindPlace;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.stereotype.Component;

/** Looks up what a request refers to, so an unknown reference is a 404 before any command is sent (null is no reference). */
@Component
class Directory {
    private final QueryGateway queries;
    private final EventStore events;

    Directory(QueryGateway queries, EventStore events) {
        this.queries = queries;
        this.events = events;
    }

    OrganisationView organisation(OrganisationId id) {
        return QueryAnswers.one(queries, new FindOrganisation(id), OrganisationView.class, "Organisation", id);
    }

    PersonView person(PersonId id) {
        return QueryAnswers.one(queries, new FindPerson(id), PersonView.class, "Person", id);
    }

    PlaceView place(PlaceCode code) {
        return QueryAnswers.one(queries, new FindPlace(code), PlaceView.class, "Place", code);
    }

    void requireOrganisation(OrganisationId id) {
        Existing.require(events, id, "Organisation");
    }

    void requirePerson(PersonId id) {
        Existing.require(events, id, "Person");
    }

    void requirePlace(PlaceCode code) {
        Existing.require(events, code, "Place");
    }
}
