package org.irrigate.influence.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RepresentationId;

/** What can be asked of a representation; {@code happenedOn} of the start is the first day in the seat. */
public sealed interface RepresentationCommand {
    RepresentationId representationId();

    record StartRepresentation(@TargetAggregateIdentifier RepresentationId representationId, PersonId personId,
                               OrganisationId organisationId, OrganisationId bodyId, String seat,
                               LocalDate happenedOn) implements RepresentationCommand {
    }

    record EndRepresentation(@TargetAggregateIdentifier RepresentationId representationId, String reason,
                             LocalDate happenedOn) implements RepresentationCommand {
    }
}
