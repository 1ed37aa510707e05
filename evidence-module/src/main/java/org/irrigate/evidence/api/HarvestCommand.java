package org.irrigate.evidence.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.PersonId;

/** Outcome harvesting: collect a statement of observed change, then ask named verifiers to substantiate it. */
public sealed interface HarvestCommand {
    HarvestedOutcomeId harvestedOutcomeId();

    /** {@code happenedOn} is when the change happened. */
    record HarvestOutcome(@TargetAggregateIdentifier HarvestedOutcomeId harvestedOutcomeId,
                          OutcomeStatement statement, LocalDate happenedOn) implements HarvestCommand {
    }

    record SubstantiateOutcome(@TargetAggregateIdentifier HarvestedOutcomeId harvestedOutcomeId, PersonId verifier,
                               Verdict verdict, String comment, LocalDate happenedOn) implements HarvestCommand {
    }

    record RetractOutcome(@TargetAggregateIdentifier HarvestedOutcomeId harvestedOutcomeId, String reason,
                          LocalDate happenedOn) implements HarvestCommand {
    }
}
