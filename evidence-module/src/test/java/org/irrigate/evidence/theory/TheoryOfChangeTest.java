package org.irrigate.evidence.theory;

import static org.irrigate.core.api.OutcomeArea.NEIGHBOURHOOD_TRUST;
import static org.irrigate.core.api.OutcomeArea.PARTICIPATION_AND_INFLUENCE;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.OutcomeLevel;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ChoosePriorityOutcomes;
import org.irrigate.evidence.api.TheoryOfChangeCommand.DraftTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ReviseTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeEvent.PriorityOutcomesChosen;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeRevised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TheoryOfChangeTest {
    static final TheoryOfChangeId ID = TheoryOfChangeId.random();
    static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 16);
    static final Outcome LONG = new Outcome("L1", OutcomeLevel.LONG_TERM,
            "Communities are at the table as equal partners", List.of(PARTICIPATION_AND_INFLUENCE));
    static final Outcome TRUST = new Outcome("I5", OutcomeLevel.INTERIM,
            "There is increased trust within the community", List.of(NEIGHBOURHOOD_TRUST));
    static final TheoryOfChangeDrafted DRAFTED = new TheoryOfChangeDrafted(ID, 1, "Hotspots Theory of Change",
            List.of(LONG, TRUST), MAY_2022);

    AggregateTestFixture<TheoryOfChange> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TheoryOfChange.class);
    }

    @Test
    void draftsTheFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(new DraftTheoryOfChange(ID, " Hotspots Theory of Change ", List.of(LONG, TRUST), MAY_2022))
                .expectEvents(DRAFTED);
    }

    @Test
    void aDraftNeedsATitleOutcomesAndADate() {
        fixture.givenNoPriorActivity().when(new DraftTheoryOfChange(ID, " ", List.of(LONG), MAY_2022))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new DraftTheoryOfChange(ID, "ToC", List.of(), MAY_2022))
                .expectException(InvalidInputException.class).expectExceptionMessage("must name at least one outcome");
        fixture.givenNoPriorActivity().when(new DraftTheoryOfChange(ID, "ToC", List.of(LONG), null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void everyOutcomeHasACodeALevelATextAndAnArea() {
        for (Outcome bad : List.of(new Outcome(" ", OutcomeLevel.INTERIM, "x", List.of(NEIGHBOURHOOD_TRUST)),
                new Outcome("I 1", OutcomeLevel.INTERIM, "x", List.of(NEIGHBOURHOOD_TRUST)),
                new Outcome("I1", null, "x", List.of(NEIGHBOURHOOD_TRUST)),
                new Outcome("I1", OutcomeLevel.INTERIM, "", List.of(NEIGHBOURHOOD_TRUST)),
                new Outcome("I1", OutcomeLevel.INTERIM, "x", List.of()))) {
            fixture.givenNoPriorActivity().when(new DraftTheoryOfChange(ID, "ToC", List.of(bad), MAY_2022))
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
    }

    @Test
    void outcomeCodesAreUniqueWithinAVersion() {
        fixture.givenNoPriorActivity()
                .when(new DraftTheoryOfChange(ID, "ToC", List.of(TRUST, TRUST), MAY_2022))
                .expectException(InvalidInputException.class).expectExceptionMessage("repeats 'I5'; codes must be unique");
    }

    @Test
    void aRevisionIsANewVersionThatKeepsTheTitleUnlessGiven() {
        Outcome agency = new Outcome("I2", OutcomeLevel.INTERIM, "Increased agency to take action",
                List.of(PARTICIPATION_AND_INFLUENCE));
        fixture.given(DRAFTED)
                .when(new ReviseTheoryOfChange(ID, null, List.of(LONG, TRUST, agency), "Outcome framework",
                        MAY_2022.plusMonths(4)))
                .expectEvents(new TheoryOfChangeRevised(ID, 2, "Hotspots Theory of Change",
                        List.of(LONG, TRUST, agency), "Outcome framework", MAY_2022.plusMonths(4)));
    }

    @Test
    void aRevisionSaysWhatChangedAndChangesSomething() {
        fixture.given(DRAFTED)
                .when(new ReviseTheoryOfChange(ID, null, List.of(LONG), " ", MAY_2022))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED)
                .when(new ReviseTheoryOfChange(ID, null, List.of(LONG, TRUST), "nothing", MAY_2022))
                .expectException(ConflictException.class);
    }

    @Test
    void aRevisionCannotPredateTheCurrentVersion() {
        fixture.given(DRAFTED)
                .when(new ReviseTheoryOfChange(ID, null, List.of(LONG), "Shorter", MAY_2022.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the current version (2022-05-16)");
    }

    @Test
    void choosesPriorityOutcomesOfTheCurrentVersion() {
        fixture.given(DRAFTED)
                .when(new ChoosePriorityOutcomes(ID, List.of("I5", " I5"), "Fits our delivery", MAY_2022.plusMonths(5)))
                .expectEvents(new PriorityOutcomesChosen(ID, 1, List.of("I5"), "Fits our delivery",
                        MAY_2022.plusMonths(5)));
    }

    @Test
    void prioritiesMustBeOutcomesOfTheCurrentVersion() {
        fixture.given(DRAFTED)
                .when(new ChoosePriorityOutcomes(ID, List.of("I9"), null, MAY_2022))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("names 'I9', which is not an outcome of version 1");
        fixture.given(DRAFTED)
                .when(new ChoosePriorityOutcomes(ID, List.of(), null, MAY_2022))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFTED)
                .when(new ChoosePriorityOutcomes(ID, List.of("I5"), null, MAY_2022.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void choosingTheSamePrioritiesAgainIsAConflictUntilANewVersion() {
        PriorityOutcomesChosen chosen = new PriorityOutcomesChosen(ID, 1, List.of("I5"), null, MAY_2022);
        fixture.given(DRAFTED, chosen)
                .when(new ChoosePriorityOutcomes(ID, List.of("I5"), null, MAY_2022))
                .expectException(ConflictException.class);
        fixture.given(DRAFTED, chosen, new TheoryOfChangeRevised(ID, 2, "T", List.of(TRUST), "w", MAY_2022))
                .when(new ChoosePriorityOutcomes(ID, List.of("I5"), null, MAY_2022))
                .expectEvents(new PriorityOutcomesChosen(ID, 2, List.of("I5"), null, MAY_2022));
    }
}
