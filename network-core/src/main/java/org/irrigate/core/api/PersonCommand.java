package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a person's record. */
public sealed interface PersonCommand {
    PersonId personId();

    record RegisterPerson(@TargetAggregateIdentifier PersonId personId, PersonalDetails details, LocalDate happenedOn)
            implements PersonCommand {
    }

    /** Replaces the person's personal details (a correction, or new contact details); the old ones stay in history. */
    record UpdatePersonalDetails(@TargetAggregateIdentifier PersonId personId, PersonalDetails details, String reason,
                                 LocalDate happenedOn) implements PersonCommand {
    }

    record StartRole(@TargetAggregateIdentifier PersonId personId, RoleId roleId, OrganisationId organisationId,
                     String title, LocalDate happenedOn) implements PersonCommand {
    }

    record EndRole(@TargetAggregateIdentifier PersonId personId, RoleId roleId, String reason, LocalDate happenedOn)
            implements PersonCommand {
    }

    /** UK GDPR erasure: the person's key is destroyed, so their personal details can never be read again. */
    record ErasePerson(@TargetAggregateIdentifier PersonId personId, String reason, LocalDate happenedOn)
            implements PersonCommand {
    }
}
