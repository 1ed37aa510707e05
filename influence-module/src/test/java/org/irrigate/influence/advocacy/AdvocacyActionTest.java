package org.irrigate.influence.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdvocacyActionTest {
    static final AdvocacyActionId ID = AdvocacyActionId.random();
    static final OrganisationId GRACE = OrganisationId.random();
    static final OrganisationId GL11 = OrganisationId.random();
    static final OrganisationId COUNCIL = OrganisationId.random();
    static final PersonId OFFICER = PersonId.random();
    static final ConversationId MEETING = ConversationId.random();
    static final LocalDate DAY = LocalDate.of(2022, 6, 1);
    static final String ASK = "10% of UKSPF to community groups";
    static final AdvocacyActionStarted STARTED = new AdvocacyActionStarted(ID, ASK, "UKSPF investment plan",
            Set.of(GRACE, GL11), COUNCIL, Set.of(OFFICER), DAY);
    static final AdvocacyStepTaken STEP = new AdvocacyStepTaken(ID, COUNCIL, 1, StepKind.MEETING,
            "Met the officers", List.of(MEETING), DAY.plusDays(13));
    static final AdvocacyActionClosed CLOSED = new AdvocacyActionClosed(ID, COUNCIL, "Decision made", DAY.plusYears(1));

    AggregateTestFixture<AdvocacyAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AdvocacyAction.class);
    }

    @Test
    void startsAnAdvocacyAction() {
        fixture.givenNoPriorActivity()
                .when(new StartAdvocacyAction(ID, " " + ASK, "UKSPF investment plan", Set.of(GRACE, GL11), COUNCIL,
                        Set.of(OFFICER), DAY))
                .expectEvents(STARTED);
    }

    @Test
    void anActionNeedsAnAskADecisionAdvocatesAndAnotherTarget() {
        expectInvalidStart(new StartAdvocacyAction(ID, "", "d", Set.of(GRACE), COUNCIL, null, DAY), "must not be blank");
        expectInvalidStart(new StartAdvocacyAction(ID, ASK, null, Set.of(GRACE), COUNCIL, null, DAY), "must not be blank");
        expectInvalidStart(new StartAdvocacyAction(ID, ASK, "d", Set.of(), COUNCIL, null, DAY),
                "must name at least one organisation");
        expectInvalidStart(new StartAdvocacyAction(ID, ASK, "d", Set.of(GRACE), null, null, DAY), "is required");
        expectInvalidStart(new StartAdvocacyAction(ID, ASK, "d", Set.of(GRACE), GRACE, null, DAY),
                "must not be one of the advocates");
        expectInvalidStart(new StartAdvocacyAction(ID, ASK, "d", Set.of(GRACE), COUNCIL, null, null), "is required");
    }

    @Test
    void takesNumberedSteps() {
        fixture.given(STARTED)
                .when(new TakeAdvocacyStep(ID, StepKind.MEETING, "Met the officers", List.of(MEETING), DAY.plusDays(13)))
                .expectEvents(STEP);
        fixture.given(STARTED, STEP)
                .when(new TakeAdvocacyStep(ID, StepKind.PRESENTATION, "Conference", null, DAY.plusMonths(5)))
                .expectEvents(new AdvocacyStepTaken(ID, COUNCIL, 2, StepKind.PRESENTATION, "Conference", List.of(),
                        DAY.plusMonths(5)));
    }

    @Test
    void aStepNeedsAKindADescriptionAndADayAfterTheStart() {
        fixture.given(STARTED)
                .when(new TakeAdvocacyStep(ID, null, "x", null, DAY))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED)
                .when(new TakeAdvocacyStep(ID, StepKind.LETTER, " ", null, DAY))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED)
                .when(new TakeAdvocacyStep(ID, StepKind.LETTER, "Letter", null, DAY.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the action started (2022-06-01)");
    }

    @Test
    void noResponseOrOutcomeBeforeAStep() {
        fixture.given(STARTED)
                .when(new RecordAdvocacyOutcome(ID, OutcomeResult.ACHIEVED, "Funded", DAY))
                .expectException(ConflictException.class)
                .expectExceptionMessage("No outcome can be recorded before a step was taken");
        fixture.given(STARTED)
                .when(new RecordAdvocacyResponse(ID, ResponseKind.ACCEPTED, null, DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void recordsResponsesAndOutcomesAfterAStep() {
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyResponse(ID, ResponseKind.PARTLY_ACCEPTED, " ", DAY.plusMonths(3)))
                .expectEvents(new AdvocacyResponseRecorded(ID, COUNCIL, ResponseKind.PARTLY_ACCEPTED, null,
                        DAY.plusMonths(3)));
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyOutcome(ID, OutcomeResult.ACHIEVED, "£275,000 for the hubs", DAY.plusMonths(8)))
                .expectEvents(new AdvocacyOutcomeRecorded(ID, COUNCIL, OutcomeResult.ACHIEVED, "£275,000 for the hubs",
                        DAY.plusMonths(8)));
    }

    @Test
    void responsesAndOutcomesNeedTheirFieldsAndComeAfterTheFirstStep() {
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyResponse(ID, null, null, DAY.plusMonths(1)))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyOutcome(ID, null, "x", DAY.plusMonths(1)))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyOutcome(ID, OutcomeResult.ACHIEVED, " ", DAY.plusMonths(1)))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyOutcome(ID, OutcomeResult.ACHIEVED, "x", DAY.plusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the first step (2022-06-14)");
        fixture.given(STARTED, STEP)
                .when(new RecordAdvocacyResponse(ID, ResponseKind.REJECTED, null, DAY.plusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void closesWithAReason() {
        fixture.given(STARTED, STEP)
                .when(new CloseAdvocacyAction(ID, "Decision made", DAY.plusYears(1)))
                .expectEvents(CLOSED);
        fixture.given(STARTED)
                .when(new CloseAdvocacyAction(ID, " ", DAY))
                .expectException(InvalidInputException.class);
        fixture.given(STARTED, STEP, CLOSED)
                .when(new CloseAdvocacyAction(ID, "Again", DAY.plusYears(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void aClosedActionTakesNothingUntilReopenedWithAReason() {
        fixture.given(STARTED, STEP, CLOSED)
                .when(new TakeAdvocacyStep(ID, StepKind.LETTER, "Letter", null, DAY.plusYears(1)))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The advocacy action is closed; reopen it first");
        fixture.given(STARTED, STEP, CLOSED)
                .when(new RecordAdvocacyOutcome(ID, OutcomeResult.NOT_ACHIEVED, "x", DAY.plusYears(1)))
                .expectException(ConflictException.class);
        fixture.given(STARTED, STEP, CLOSED)
                .when(new RecordAdvocacyResponse(ID, ResponseKind.NO_RESPONSE, null, DAY.plusYears(1)))
                .expectException(ConflictException.class);
        fixture.given(STARTED, STEP, CLOSED)
                .when(new ReopenAdvocacyAction(ID, "", DAY.plusYears(1)))
                .expectException(InvalidInputException.class);
        AdvocacyActionReopened reopened = new AdvocacyActionReopened(ID, COUNCIL, "New fund round", DAY.plusYears(2));
        fixture.given(STARTED, STEP, CLOSED)
                .when(new ReopenAdvocacyAction(ID, "New fund round", DAY.plusYears(2)))
                .expectEvents(reopened);
        fixture.given(STARTED, STEP, CLOSED, reopened)
                .when(new TakeAdvocacyStep(ID, StepKind.LETTER, "Letter", null, DAY.plusYears(2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAClosedActionCanBeReopened() {
        fixture.given(STARTED)
                .when(new ReopenAdvocacyAction(ID, "Why", DAY))
                .expectException(ConflictException.class).expectExceptionMessage("The advocacy action is not closed");
    }

    private void expectInvalidStart(StartAdvocacyAction command, String message) {
        fixture.givenNoPriorActivity().when(command)
                .expectException(InvalidInputException.class).expectExceptionMessage(message).expectNoEvents();
    }
}
