package org.irrigate.influence.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.testing.CommandRun;
import org.irrigate.influence.api.AdvocacyCommand.CloseAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyOutcome;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyResponse;
import org.irrigate.influence.api.AdvocacyCommand.ReopenAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;

/**
 * Random sequences of steps, responses, outcomes, closing and reopening, on random days around the start: each
 * command is answered as the lifecycle rules say, and nothing is ever recorded to have come of the action before its
 * first step.
 */
class AdvocacyActionPropertiesTest {
    static final AdvocacyActionId ID = AdvocacyActionId.random();
    static final OrganisationId COUNCIL = OrganisationId.random();
    static final LocalDate START = LocalDate.of(2022, 6, 1);
    static final AdvocacyActionStarted STARTED = new AdvocacyActionStarted(ID, "10% to community groups",
            "UKSPF investment plan", Set.of(OrganisationId.random()), COUNCIL, Set.of(), START);

    @Provide
    Arbitrary<List<Object>> commands() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(-3, 20).map(START::plusDays);
        return Arbitraries.oneOf(
                day.map(on -> (Object) new TakeAdvocacyStep(ID, StepKind.MEETING, "Met officers", List.of(), on)),
                day.map(on -> new RecordAdvocacyResponse(ID, ResponseKind.ACCEPTED, null, on)),
                day.map(on -> new RecordAdvocacyOutcome(ID, OutcomeResult.ACHIEVED, "Ask agreed", on)),
                Combinators.combine(day, Arbitraries.of(true, false)).as((on, close) -> close
                        ? new CloseAdvocacyAction(ID, "Paused", on) : new ReopenAdvocacyAction(ID, "Back on", on)))
                .list().ofMaxSize(30);
    }

    @Property(tries = 150)
    void everyCommandIsAnsweredAsTheLifecycleSays(@ForAll("commands") List<Object> commands) {
        AggregateTestFixture<AdvocacyAction> fixture = new AggregateTestFixture<>(AdvocacyAction.class);
        List<Object> history = new ArrayList<>(List.of(STARTED));
        LocalDate firstStep = null;
        boolean closed = false;
        for (Object command : commands) {
            Class<?> expected = switch (command) {
                case TakeAdvocacyStep step -> step.happenedOn().isBefore(START) ? InvalidInputException.class
                        : closed ? ConflictException.class : null;
                case RecordAdvocacyResponse response -> cameOf(response.happenedOn(), closed, firstStep);
                case RecordAdvocacyOutcome outcome -> cameOf(outcome.happenedOn(), closed, firstStep);
                case CloseAdvocacyAction close -> close.happenedOn().isBefore(START) ? InvalidInputException.class
                        : closed ? ConflictException.class : null;
                case ReopenAdvocacyAction reopen -> reopen.happenedOn().isBefore(START) ? InvalidInputException.class
                        : !closed ? ConflictException.class : null;
                default -> throw new IllegalStateException("not generated: " + command);
            };
            CommandRun run = CommandRun.of(fixture, history, command);
            assertThat(run.outcome()).as("%s after %s", command, history).isEqualTo(expected);
            history.addAll(run.events());
            if (run.accepted()) {
                switch (command) {
                    case TakeAdvocacyStep step -> firstStep = firstStep == null
                            || step.happenedOn().isBefore(firstStep) ? step.happenedOn() : firstStep;
                    case CloseAdvocacyAction close -> closed = true;
                    case ReopenAdvocacyAction reopen -> closed = false;
                    default -> {
                    }
                }
            }
        }
        assertNothingCameOfItBeforeAStep(history);
    }

    /** A response or outcome needs an open action with a step taken, and is dated no earlier than the first step. */
    private static Class<?> cameOf(LocalDate on, boolean closed, LocalDate firstStep) {
        return closed || firstStep == null ? ConflictException.class
                : on.isBefore(firstStep) ? InvalidInputException.class : null;
    }

    private static void assertNothingCameOfItBeforeAStep(List<Object> history) {
        LocalDate firstStep = null;
        int steps = 0;
        for (Object event : history) {
            switch (event) {
                case AdvocacyStepTaken step -> {
                    assertThat(step.number()).as("steps numbered in order").isEqualTo(++steps);
                    firstStep = firstStep == null || step.happenedOn().isBefore(firstStep) ? step.happenedOn()
                            : firstStep;
                }
                case AdvocacyResponseRecorded response ->
                        assertThat(firstStep).isNotNull().isBeforeOrEqualTo(response.happenedOn());
                case AdvocacyOutcomeRecorded outcome ->
                        assertThat(firstStep).isNotNull().isBeforeOrEqualTo(outcome.happenedOn());
                default -> {
                }
            }
        }
    }
}
