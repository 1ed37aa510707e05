package org.irrigate.influence.advocacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.influence.api.AdvocacyCommand.CloseAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyOutcome;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyResponse;
import org.irrigate.influence.api.AdvocacyCommand.ReopenAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionClosed;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionReopened;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.support.Rules;

/**
 * An advocacy action and its lifecycle: started, steps taken, responses, an outcome; closed and reopened with
 * reasons. Nothing can be claimed to have come of it (a response, an outcome) before a step was taken.
 */
@Aggregate
public class AdvocacyAction {
    static final int ASK_LENGTH = 500;
    static final int TEXT_LENGTH = 2000;
    static final int MAX_PARTIES = 30;
    static final int MAX_CONVERSATIONS = 30;

    @AggregateIdentifier
    private AdvocacyActionId advocacyActionId;
    private OrganisationId target;
    private LocalDate startedOn;
    private LocalDate firstStepOn;
    private int steps;
    private boolean closed;

    protected AdvocacyAction() {
        // for Axon
    }

    @CommandHandler
    public AdvocacyAction(StartAdvocacyAction command) {
        String ask = requireText(command.ask(), "ask", ASK_LENGTH);
        String decision = requireText(command.decisionAtStake(), "decisionAtStake", TEXT_LENGTH);
        List<OrganisationId> advocates = Rules.distinct(command.advocates(), "advocates", MAX_PARTIES);
        require(!advocates.isEmpty(), "advocates", "must name at least one organisation");
        OrganisationId targetOrganisation = requirePresent(command.targetOrganisation(), "targetOrganisation");
        require(!advocates.contains(targetOrganisation), "targetOrganisation", "must not be one of the advocates");
        List<PersonId> people = Rules.distinct(command.targetPeople(), "targetPeople", MAX_PARTIES);
        apply(new AdvocacyActionStarted(command.advocacyActionId(), ask, decision, Set.copyOf(advocates),
                targetOrganisation, Set.copyOf(people), requirePresent(command.happenedOn(), "happenedOn")));
    }

    @CommandHandler
    void handle(TakeAdvocacyStep command) {
        StepKind kind = requirePresent(command.kind(), "kind");
        String description = requireText(command.description(), "description", TEXT_LENGTH);
        List<ConversationId> conversations = Rules.distinct(command.conversations(), "conversations",
                MAX_CONVERSATIONS);
        LocalDate on = Rules.notBefore(command.happenedOn(), startedOn, "the action started");
        requireOpen();
        apply(new AdvocacyStepTaken(advocacyActionId, target, steps + 1, kind, description, conversations, on));
    }

    @CommandHandler
    void handle(RecordAdvocacyResponse command) {
        ResponseKind response = requirePresent(command.response(), "response");
        String description = Rules.optionalText(command.description(), "description", TEXT_LENGTH);
        LocalDate on = afterAStep(command.happenedOn(), "response");
        apply(new AdvocacyResponseRecorded(advocacyActionId, target, response, description, on));
    }

    @CommandHandler
    void handle(RecordAdvocacyOutcome command) {
        OutcomeResult result = requirePresent(command.result(), "result");
        String description = requireText(command.description(), "description", TEXT_LENGTH);
        LocalDate on = afterAStep(command.happenedOn(), "outcome");
        apply(new AdvocacyOutcomeRecorded(advocacyActionId, target, result, description, on));
    }

    @CommandHandler
    void handle(CloseAdvocacyAction command) {
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), startedOn, "the action started");
        check(!closed, "The advocacy action is already closed");
        apply(new AdvocacyActionClosed(advocacyActionId, target, reason, on));
    }

    @CommandHandler
    void handle(ReopenAdvocacyAction command) {
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), startedOn, "the action started");
        check(closed, "The advocacy action is not closed");
        apply(new AdvocacyActionReopened(advocacyActionId, target, reason, on));
    }

    /** Nothing can have come of an action (a response, an outcome) before something was done. */
    private LocalDate afterAStep(LocalDate day, String what) {
        requirePresent(day, "happenedOn");
        requireOpen();
        check(steps > 0, "No " + what + " can be recorded before a step was taken");
        return Rules.notBefore(day, firstStepOn, "the first step");
    }

    private void requireOpen() {
        check(!closed, "The advocacy action is closed; reopen it first");
    }

    @EventSourcingHandler
    void on(AdvocacyActionStarted event) {
        advocacyActionId = event.advocacyActionId();
        target = event.targetOrganisation();
        startedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(AdvocacyStepTaken event) {
        steps = event.number();
        if (firstStepOn == null || event.happenedOn().isBefore(firstStepOn)) {
            firstStepOn = event.happenedOn();
        }
    }

    @EventSourcingHandler
    void on(AdvocacyActionClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(AdvocacyActionReopened event) {
        closed = false;
    }
}
