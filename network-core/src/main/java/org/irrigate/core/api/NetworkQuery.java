package org.irrigate.core.api;

import java.time.LocalDate;

/** Questions network-core's read models answer. */
public final class NetworkQuery {
    private NetworkQuery() {
    }

    /** The organisation directory, optionally narrowed by name, kind and current network membership. */
    public record FindOrganisations(String nameContains, OrganisationKind kind, Boolean membersOnly) {
    }

    public record FindOrganisation(OrganisationId organisationId) {
    }

    /**
     * People, optionally only those holding a role at an organisation on a given day: "who was our contact at
     * Stroud District Council in March 2023?".
     */
    public record FindPeople(OrganisationId organisationId, LocalDate holdingRoleOn) {
    }

    public record FindPerson(PersonId personId) {
    }

    public record FindPlaces(PlaceLevel level, PlaceCode within) {
    }

    public record FindPlace(PlaceCode code) {
    }
}
