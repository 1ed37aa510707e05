package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** What happened to an organisation. Nothing is ever deleted: a merge or retirement is one more event. */
public sealed interface OrganisationEvent extends NetworkEvent {
    OrganisationId organisationId();

    @Override
    default Subjects subjects() {
        return Subjects.of(organisationId());
    }

    @Revision("1")
    record OrganisationRegistered(OrganisationId organisationId, String name, OrganisationKind kind, PlaceCode place,
                                  String charityNumber, LocalDate happenedOn) implements OrganisationEvent {
        @Override
        public Subjects subjects() {
            return place == null ? Subjects.of(organisationId) : Subjects.of(organisationId).withPlaces(place);
        }

        @Override
        public String summary() {
            return "Registered organisation " + name + " (" + kind + ")";
        }
    }

    @Revision("1")
    record OrganisationRenamed(OrganisationId organisationId, String previousName, String name, LocalDate happenedOn)
            implements OrganisationEvent {
        @Override
        public String summary() {
            return "Renamed " + previousName + " to " + name;
        }
    }

    @Revision("1")
    record OrganisationKindChanged(OrganisationId organisationId, OrganisationKind previousKind, OrganisationKind kind,
                                   String reason, LocalDate happenedOn) implements OrganisationEvent {
        @Override
        public String summary() {
            return "Changed kind from " + previousKind + " to " + kind + ": " + reason;
        }
    }

    @Revision("1")
    record NetworkJoined(OrganisationId organisationId, LocalDate happenedOn) implements OrganisationEvent {
        @Override
        public String summary() {
            return "Joined the network";
        }
    }

    @Revision("1")
    record NetworkLeft(OrganisationId organisationId, String reason, LocalDate happenedOn) implements OrganisationEvent {
        @Override
        public String summary() {
            return "Left the network: " + reason;
        }
    }

    @Revision("1")
    record OrganisationMerged(OrganisationId organisationId, OrganisationId mergedInto, String reason,
                              LocalDate happenedOn) implements OrganisationEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(organisationId, mergedInto);
        }

        @Override
        public String summary() {
            return "Merged as a duplicate into another organisation: " + reason;
        }
    }

    @Revision("1")
    record OrganisationRetired(OrganisationId organisationId, String reason, LocalDate happenedOn)
            implements OrganisationEvent {
        @Override
        public String summary() {
            return "Retired: " + reason;
        }
    }
}
