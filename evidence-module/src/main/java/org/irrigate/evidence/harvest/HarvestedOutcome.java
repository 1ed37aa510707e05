package org.irrigate.evidence.harvest;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.evidence.rules.EvidenceRules.SHORT_TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.areas;
import static org.irrigate.evidence.rules.EvidenceRules.happened;
import static org.irrigate.evidence.rules.EvidenceRules.happenedSince;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.PersonId;
import org.irrigate.evidence.api.HarvestCommand.HarvestOutcome;
import org.irrigate.evidence.api.HarvestCommand.RetractOutcome;
import org.irrigate.evidence.api.HarvestCommand.SubstantiateOutcome;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Verdict;

/**
 * A harvested outcome: a statement of observed change and the contribution the network made to it, then the
 * verdicts of named verifiers, each of whom answers once. A retracted outcome takes no further verdicts.
 */
@Aggregate
public class HarvestedOutcome {
    @AggregateIdentifier
    private HarvestedOutcomeId harvestedOutcomeId;
    private LocalDate changedOn;
    private final Map<PersonId, Verdict> verdicts = new LinkedHashMap<>();
    private boolean retracted;

    protected HarvestedOutcome() {
        // for Axon
    }

    @CommandHandler
    public HarvestedOutcome(HarvestOutcome command) {
        OutcomeStatement statement = requirePresent(command.statement(), "statement");
        OutcomeStatement valid = new OutcomeStatement(requireText(statement.whatChanged(), "whatChanged", TEXT),
                requirePresent(statement.socialActor(), "socialActor"), statement.where(),
                requireText(statement.significance(), "significance", TEXT),
                requireText(statement.contribution(), "contribution", TEXT), areas(statement.areas(), "areas"),
                statement.partners(), statement.links());
        apply(new OutcomeHarvested(command.harvestedOutcomeId(), valid, happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(SubstantiateOutcome command) {
        PersonId verifier = requirePresent(command.verifier(), "verifier");
        Verdict verdict = requirePresent(command.verdict(), "verdict");
        String comment = requireText(command.comment(), "comment", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), changedOn, "the change");
        check(!retracted, "The outcome has been retracted; it takes no further verdicts");
        check(!verdicts.containsKey(verifier), "This verifier has already given a verdict on the outcome");
        List<Verdict> all = new ArrayList<>(verdicts.values());
        all.add(verdict);
        apply(new OutcomeSubstantiated(harvestedOutcomeId, verifier, verdict, comment, HarvestStatus.of(all, false),
                on));
    }

    @CommandHandler
    void handle(RetractOutcome command) {
        String reason = requireText(command.reason(), "reason", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), changedOn, "the change");
        check(!retracted, "The outcome has already been retracted");
        apply(new OutcomeRetracted(harvestedOutcomeId, reason, on));
    }

    @EventSourcingHandler
    void on(OutcomeHarvested event) {
        harvestedOutcomeId = event.harvestedOutcomeId();
        changedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(OutcomeSubstantiated event) {
        verdicts.put(event.verifier(), event.verdict());
    }

    @EventSourcingHandler
    void on(OutcomeRetracted event) {
        retracted = true;
    }
}
