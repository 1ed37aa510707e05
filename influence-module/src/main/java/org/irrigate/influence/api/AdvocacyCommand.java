package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;

/**
 * What can be asked of an advocacy action: a deliberate attempt to change a decision. Its lifecycle rules (no
 * outcome before a step; closing and reopening need reasons) live in the aggregate.
 */
public sealed interface AdvocacyCommand {
    AdvocacyActionId advocacyActionId();

    record StartAdvocacyAction(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, String ask,
                               String decisionAtStake, Set<OrganisationId> advocates,
                               OrganisationId targetOrganisation, Set<PersonId> targetPeople, LocalDate happenedOn)
            implements AdvocacyCommand {
    }

    record TakeAdvocacyStep(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, StepKind kind,
                            String description, List<ConversationId> conversations, LocalDate happenedOn)
            implements AdvocacyCommand {
    }

    record RecordAdvocacyResponse(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, ResponseKind response,
                                  String description, LocalDate happenedOn) implements AdvocacyCommand {
    }

    record RecordAdvocacyOutcome(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, OutcomeResult result,
                                 String description, LocalDate happenedOn) implements AdvocacyCommand {
    }

    record CloseAdvocacyAction(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, String reason,
                               LocalDate happenedOn) implements AdvocacyCommand {
    }

    record ReopenAdvocacyAction(@TargetAggregateIdentifier AdvocacyActionId advocacyActionId, String reason,
                                LocalDate happenedOn) implements AdvocacyCommand {
    }
}
