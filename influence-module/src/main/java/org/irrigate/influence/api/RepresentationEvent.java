package org.irrigate.influence.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.Subjects;

/** A person holding a seat for an organisation on a strategic body (LSP, ICB board, a steering group). */
public sealed interface RepresentationEvent extends InfluenceEvent {
    RepresentationId representationId();

    PersonId personId();

    OrganisationId organisationId();

    OrganisationId bodyId();

    @Override
    default Subjects subjects() {
        return Subjects.of(organisationId(), bodyId()).withPeople(personId());
    }

    @Revision("1")
    record RepresentationStarted(RepresentationId representationId, PersonId personId, OrganisationId organisationId,
                                 OrganisationId bodyId, String seat, LocalDate happenedOn)
            implements RepresentationEvent {
        @Override
        public String summary() {
            return "Took a seat on a strategic body: " + seat;
        }
    }

    @Revision("1")
    record RepresentationEnded(RepresentationId representationId, PersonId personId, OrganisationId organisationId,
                               OrganisationId bodyId, String reason, LocalDate happenedOn)
            implements RepresentationEvent {
        @Override
        public String summary() {
            return "Left a seat on a strategic body" + (reason == null ? "" : ": " + reason);
        }
    }
}
