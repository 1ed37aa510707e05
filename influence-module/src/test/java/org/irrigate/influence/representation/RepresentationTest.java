package org.irrigate.influence.representation;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.influence.api.RepresentationCommand.EndRepresentation;
import org.irrigate.influence.api.RepresentationCommand.StartRepresentation;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepresentationTest {
    static final RepresentationId ID = RepresentationId.random();
    static final PersonId FOUNDER = PersonId.random();
    static final OrganisationId GRACE = OrganisationId.random();
    static final OrganisationId LSP = OrganisationId.random();
    static final LocalDate DAY = LocalDate.of(2022, 11, 1);
    static final RepresentationStarted STARTED = new RepresentationStarted(ID, FOUNDER, GRACE, LSP,
            "Community sector seat", DAY);

    AggregateTestFixture<Representation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Representation.class);
    }

    @Test
    void startsHoldingASeat() {
        fixture.givenNoPriorActivity()
                .when(new StartRepresentation(ID, FOUNDER, GRACE, LSP, " Community sector seat ", DAY))
                .expectEvents(STARTED);
    }

    @Test
    void aSeatNeedsAPersonAnOrganisationAnotherBodyAndAName() {
        fixture.givenNoPriorActivity()
                .when(new StartRepresentation(ID, null, GRACE, LSP, "Seat", DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new StartRepresentation(ID, FOUNDER, GRACE, GRACE, "Seat", DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be another organisation than the one represented");
        fixture.givenNoPriorActivity()
                .when(new StartRepresentation(ID, FOUNDER, GRACE, LSP, "", DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new StartRepresentation(ID, FOUNDER, GRACE, LSP, "Seat", null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void endsOnceAndNotBeforeItStarted() {
        RepresentationEnded ended = new RepresentationEnded(ID, FOUNDER, GRACE, LSP, null, DAY.plusYears(1));
        fixture.given(STARTED)
                .when(new EndRepresentation(ID, " ", DAY.plusYears(1)))
                .expectEvents(ended);
        fixture.given(STARTED, ended)
                .when(new EndRepresentation(ID, "Again", DAY.plusYears(2)))
                .expectException(ConflictException.class);
        fixture.given(STARTED)
                .when(new EndRepresentation(ID, "Too early", DAY.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the seat was taken (2022-11-01)");
    }
}
