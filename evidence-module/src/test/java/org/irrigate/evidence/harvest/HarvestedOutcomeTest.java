package org.irrigate.evidence.harvest;

import static org.irrigate.core.api.OutcomeArea.LOCAL_ECONOMY;
import static org.irrigate.core.api.OutcomeArea.PARTICIPATION_AND_INFLUENCE;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.evidence.api.HarvestCommand.HarvestOutcome;
import org.irrigate.evidence.api.HarvestCommand.RetractOutcome;
import org.irrigate.evidence.api.HarvestCommand.SubstantiateOutcome;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HarvestedOutcomeTest {
    static final HarvestedOutcomeId ID = HarvestedOutcomeId.random();
    static final OrganisationId STROUD_DC = OrganisationId.random();
    static final PersonId OFFICER = PersonId.random();
    static final PersonId COUNCILLOR = PersonId.random();
    static final LocalDate CHANGED = LocalDate.of(2023, 2, 1);
    static final OutcomeStatement STATEMENT = new OutcomeStatement(
            "The council put 10% of its UKSPF money straight into community hubs", STROUD_DC,
            new PlaceCode("E07000082"), "Money reaches unconstituted groups",
            "Two partners made the case in conversations and a proposal",
            List.of(PARTICIPATION_AND_INFLUENCE, LOCAL_ECONOMY), List.of(OrganisationId.random()), null);
    static final OutcomeHarvested HARVESTED = new OutcomeHarvested(ID, STATEMENT, CHANGED);
    static final OutcomeSubstantiated OFFICER_AGREES = new OutcomeSubstantiated(ID, OFFICER, Verdict.AGREES,
            "That is how it happened", HarvestStatus.SUBSTANTIATED, CHANGED.plusMonths(6));

    AggregateTestFixture<HarvestedOutcome> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HarvestedOutcome.class);
    }

    @Test
    void harvestsAnOutcomeStatement() {
        fixture.givenNoPriorActivity().when(new HarvestOutcome(ID, STATEMENT, CHANGED)).expectEvents(HARVESTED);
    }

    @Test
    void aStatementSaysWhatChangedInWhomWhyItMattersAndTheContribution() {
        for (OutcomeStatement bad : List.of(
                new OutcomeStatement(" ", STROUD_DC, null, "s", "c", List.of(LOCAL_ECONOMY), null, null),
                new OutcomeStatement("w", null, null, "s", "c", List.of(LOCAL_ECONOMY), null, null),
                new OutcomeStatement("w", STROUD_DC, null, "", "c", List.of(LOCAL_ECONOMY), null, null),
                new OutcomeStatement("w", STROUD_DC, null, "s", " ", List.of(LOCAL_ECONOMY), null, null),
                new OutcomeStatement("w", STROUD_DC, null, "s", "c", List.of(), null, null))) {
            fixture.givenNoPriorActivity().when(new HarvestOutcome(ID, bad, CHANGED))
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
        fixture.givenNoPriorActivity().when(new HarvestOutcome(ID, null, CHANGED))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new HarvestOutcome(ID, STATEMENT, null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aNamedVerifierSubstantiates() {
        fixture.given(HARVESTED)
                .when(new SubstantiateOutcome(ID, OFFICER, Verdict.AGREES, "That is how it happened",
                        CHANGED.plusMonths(6)))
                .expectEvents(OFFICER_AGREES);
    }

    @Test
    void theStatusFollowsEveryVerdict() {
        fixture.given(HARVESTED, OFFICER_AGREES)
                .when(new SubstantiateOutcome(ID, COUNCILLOR, Verdict.PARTLY_AGREES, "Officers led it", CHANGED))
                .expectEvents(new OutcomeSubstantiated(ID, COUNCILLOR, Verdict.PARTLY_AGREES, "Officers led it",
                        HarvestStatus.PARTLY_SUBSTANTIATED, CHANGED));
        fixture.given(HARVESTED, OFFICER_AGREES)
                .when(new SubstantiateOutcome(ID, COUNCILLOR, Verdict.DISAGREES, "It was policy anyway", CHANGED))
                .expectEvents(new OutcomeSubstantiated(ID, COUNCILLOR, Verdict.DISAGREES, "It was policy anyway",
                        HarvestStatus.DISPUTED, CHANGED));
    }

    @Test
    void aVerdictNeedsAVerifierAVerdictACommentAndADateAfterTheChange() {
        fixture.given(HARVESTED).when(new SubstantiateOutcome(ID, null, Verdict.AGREES, "c", CHANGED))
                .expectException(InvalidInputException.class);
        fixture.given(HARVESTED).when(new SubstantiateOutcome(ID, OFFICER, null, "c", CHANGED))
                .expectException(InvalidInputException.class);
        fixture.given(HARVESTED).when(new SubstantiateOutcome(ID, OFFICER, Verdict.AGREES, " ", CHANGED))
                .expectException(InvalidInputException.class);
        fixture.given(HARVESTED).when(new SubstantiateOutcome(ID, OFFICER, Verdict.AGREES, "c", CHANGED.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the change (2023-02-01)");
    }

    @Test
    void eachVerifierAnswersOnce() {
        fixture.given(HARVESTED, OFFICER_AGREES)
                .when(new SubstantiateOutcome(ID, OFFICER, Verdict.DISAGREES, "Changed my mind", CHANGED))
                .expectException(ConflictException.class);
    }

    @Test
    void retractsOnceAndThenTakesNoVerdicts() {
        OutcomeRetracted retracted = new OutcomeRetracted(ID, "Double counted", CHANGED);
        fixture.given(HARVESTED).when(new RetractOutcome(ID, "Double counted", CHANGED)).expectEvents(retracted);
        fixture.given(HARVESTED).when(new RetractOutcome(ID, " ", CHANGED))
                .expectException(InvalidInputException.class);
        fixture.given(HARVESTED).when(new RetractOutcome(ID, "r", CHANGED.minusDays(1)))
                .expectException(InvalidInputException.class);
        fixture.given(HARVESTED, retracted).when(new RetractOutcome(ID, "again", CHANGED))
                .expectException(ConflictException.class);
        fixture.given(HARVESTED, retracted)
                .when(new SubstantiateOutcome(ID, OFFICER, Verdict.AGREES, "c", CHANGED))
                .expectException(ConflictException.class);
    }
}
