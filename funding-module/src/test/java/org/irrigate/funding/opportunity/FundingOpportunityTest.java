package org.irrigate.funding.opportunity;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.ReviseFundingOpportunity;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FundingOpportunityTest {
    static final FundingOpportunityId ID = FundingOpportunityId.random();
    static final OrganisationId STROUD_DC = OrganisationId.random();
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final LocalDate OPENS = LocalDate.of(2022, 11, 1);
    static final LocalDate CLOSES = LocalDate.of(2023, 1, 31);
    static final Pence POT = Pence.ofPounds(2_750_000);
    static final FundingOpportunityRecorded RECORDED = new FundingOpportunityRecorded(ID, STROUD_DC,
            "UK Shared Prosperity Fund", POT, List.of(STROUD), OPENS, CLOSES, "10% asked for community groups",
            OPENS);

    AggregateTestFixture<FundingOpportunity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingOpportunity.class);
    }

    @Test
    void records() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, " UK Shared Prosperity Fund ", POT, List.of(STROUD),
                        OPENS, CLOSES, "10% asked for community groups", OPENS))
                .expectEvents(RECORDED);
    }

    @Test
    void potAndDatesAndNotesAreOptional() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, "Youth services contract", null, null, null, null,
                        " ", OPENS))
                .expectEvents(new FundingOpportunityRecorded(ID, STROUD_DC, "Youth services contract", null,
                        List.of(), null, null, null, OPENS));
    }

    @Test
    void needsAFunderAProgrammeAndADate() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, null, "UKSPF", POT, List.of(), OPENS, CLOSES, null, OPENS))
                .expectException(InvalidInputException.class).expectExceptionMessage("is required").expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, " ", POT, List.of(), OPENS, CLOSES, null, OPENS))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, "UKSPF", POT, List.of(), OPENS, CLOSES, null, null))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void anEmptyPotIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, "UKSPF", Pence.ZERO, List.of(), OPENS, CLOSES, null,
                        OPENS))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be more than zero");
    }

    @Test
    void closesOnOrAfterItOpens() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, "UKSPF", POT, List.of(), CLOSES, OPENS, null, OPENS))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the opening date (2023-01-31)").expectNoEvents();
    }

    @Test
    void placesAreNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(new RecordFundingOpportunity(ID, STROUD_DC, "UKSPF", POT, List.of(STROUD, STROUD), OPENS,
                        CLOSES, null, OPENS))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not name the same entry twice");
    }

    @Test
    void revises() {
        LocalDate extended = CLOSES.plusWeeks(2);
        fixture.given(RECORDED)
                .when(new ReviseFundingOpportunity(ID, POT, OPENS, extended, "Deadline extended", "Council extended it",
                        CLOSES))
                .expectEvents(new FundingOpportunityRevised(ID, STROUD_DC, "UK Shared Prosperity Fund", POT, OPENS,
                        extended, "Deadline extended", "Council extended it", CLOSES));
    }

    @Test
    void aRevisionNeedsAReasonAndAChange() {
        fixture.given(RECORDED)
                .when(new ReviseFundingOpportunity(ID, POT, OPENS, CLOSES, "x", "", CLOSES))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED)
                .when(new ReviseFundingOpportunity(ID, POT, OPENS, CLOSES, "10% asked for community groups",
                        "No change", CLOSES))
                .expectException(ConflictException.class).expectExceptionMessage("The revision changes nothing");
        fixture.given(RECORDED)
                .when(new ReviseFundingOpportunity(ID, POT, CLOSES, OPENS, null, "Dates swapped", CLOSES))
                .expectException(InvalidInputException.class);
    }
}
