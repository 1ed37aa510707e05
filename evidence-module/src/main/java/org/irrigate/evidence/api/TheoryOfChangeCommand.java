package org.irrigate.evidence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.TheoryOfChangeId;

/** What can be asked of the network's Theory of Change. A revision is a new version; no version is ever changed. */
public sealed interface TheoryOfChangeCommand {
    TheoryOfChangeId theoryOfChangeId();

    record DraftTheoryOfChange(@TargetAggregateIdentifier TheoryOfChangeId theoryOfChangeId, String title,
                               List<Outcome> outcomes, LocalDate happenedOn) implements TheoryOfChangeCommand {
    }

    /** A new version with its full set of outcomes; {@code title} null keeps the current one. */
    record ReviseTheoryOfChange(@TargetAggregateIdentifier TheoryOfChangeId theoryOfChangeId, String title,
                                List<Outcome> outcomes, String whatChanged, LocalDate happenedOn)
            implements TheoryOfChangeCommand {
    }

    /** The outcomes the partners chose to prioritise, by code, from the current version. */
    record ChoosePriorityOutcomes(@TargetAggregateIdentifier TheoryOfChangeId theoryOfChangeId,
                                  List<String> outcomeCodes, String rationale, LocalDate happenedOn)
            implements TheoryOfChangeCommand {
    }
}
