package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of an organisation. Who asks comes from the command's audit metadata, never from here. */
public sealed interface OrganisationCommand {
    OrganisationId organisationId();

    record RegisterOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String name,
                                OrganisationKind kind, PlaceCode place, String charityNumber, LocalDate happenedOn)
            implements OrganisationCommand {
    }

    record RenameOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String name,
                              LocalDate happenedOn) implements OrganisationCommand {
    }

    record ChangeOrganisationKind(@TargetAggregateIdentifier OrganisationId organisationId, OrganisationKind kind,
                                  String reason, LocalDate happenedOn) implements OrganisationCommand {
    }

    record JoinNetwork(@TargetAggregateIdentifier OrganisationId organisationId, LocalDate happenedOn)
            implements OrganisationCommand {
    }

    record LeaveNetwork(@TargetAggregateIdentifier OrganisationId organisationId, String reason, LocalDate happenedOn)
            implements OrganisationCommand {
    }

    /** Folds a duplicate record into the one that stays; both histories are kept. */
    record MergeOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, OrganisationId mergedInto,
                             String reason, LocalDate happenedOn) implements OrganisationCommand {
    }

    record RetireOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String reason,
                              LocalDate happenedOn) implements OrganisationCommand {
    }
}
