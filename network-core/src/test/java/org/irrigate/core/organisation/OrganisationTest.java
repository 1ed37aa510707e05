package org.irrigate.core.organisation;

import static org.irrigate.core.organisation.Organisation.NAME_LENGTH;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationCommand.ChangeOrganisationKind;
import org.irrigate.core.api.OrganisationCommand.JoinNetwork;
import org.irrigate.core.api.OrganisationCommand.LeaveNetwork;
import org.irrigate.core.api.OrganisationCommand.MergeOrganisation;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationCommand.RenameOrganisation;
import org.irrigate.core.api.OrganisationCommand.RetireOrganisation;
import org.irrigate.core.api.OrganisationEvent.NetworkJoined;
import org.irrigate.core.api.OrganisationEvent.NetworkLeft;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationMerged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationEvent.OrganisationRenamed;
import org.irrigate.core.api.OrganisationEvent.OrganisationRetired;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PlaceCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    static final OrganisationId ID = OrganisationId.random();
    static final OrganisationId OTHER = OrganisationId.random();
    static final LocalDate DAY = LocalDate.of(2022, 5, 1);
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final OrganisationRegistered REGISTERED = new OrganisationRegistered(ID, "Stroud District Council",
            OrganisationKind.LOCAL_AUTHORITY, STROUD, null, DAY);

    AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void registers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ID, "  Stroud District Council ", OrganisationKind.LOCAL_AUTHORITY,
                        STROUD, null, DAY))
                .expectEvents(REGISTERED);
    }

    @Test
    void registrationNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ID, " ", OrganisationKind.LOCAL_AUTHORITY, STROUD, null, DAY))
                .expectException(InvalidInputException.class).expectExceptionMessage("must not be blank")
                .expectNoEvents();
    }

    @Test
    void registrationRejectsOverlongName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ID, "x".repeat(NAME_LENGTH + 1), OrganisationKind.FUNDER, null, null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void registrationNeedsAKindAndADate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ID, "Thirty Percy", null, null, null, DAY))
                .expectException(InvalidInputException.class).expectExceptionMessage("is required");
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation(ID, "Thirty Percy", OrganisationKind.FUNDER, null, null, null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void renames() {
        fixture.given(REGISTERED)
                .when(new RenameOrganisation(ID, "Stroud DC", DAY))
                .expectEvents(new OrganisationRenamed(ID, "Stroud District Council", "Stroud DC", DAY));
    }

    @Test
    void renameToTheSameNameIsAConflict() {
        fixture.given(REGISTERED)
                .when(new RenameOrganisation(ID, "Stroud District Council", DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void changesKindWithAReason() {
        fixture.given(REGISTERED)
                .when(new ChangeOrganisationKind(ID, OrganisationKind.STRATEGIC_PARTNERSHIP, "Mis-typed", DAY))
                .expectEvents(new OrganisationKindChanged(ID, OrganisationKind.LOCAL_AUTHORITY,
                        OrganisationKind.STRATEGIC_PARTNERSHIP, "Mis-typed", DAY));
    }

    @Test
    void kindChangeNeedsAReasonAndANewKind() {
        fixture.given(REGISTERED)
                .when(new ChangeOrganisationKind(ID, OrganisationKind.FUNDER, "", DAY))
                .expectException(InvalidInputException.class);
        fixture.given(REGISTERED)
                .when(new ChangeOrganisationKind(ID, OrganisationKind.LOCAL_AUTHORITY, "same", DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void joinsAndLeavesTheNetwork() {
        fixture.given(REGISTERED)
                .when(new JoinNetwork(ID, DAY))
                .expectEvents(new NetworkJoined(ID, DAY));
        fixture.given(REGISTERED, new NetworkJoined(ID, DAY))
                .when(new LeaveNetwork(ID, "Closed its hub", DAY.plusYears(1)))
                .expectEvents(new NetworkLeft(ID, "Closed its hub", DAY.plusYears(1)));
    }

    @Test
    void cannotJoinTwice() {
        fixture.given(REGISTERED, new NetworkJoined(ID, DAY))
                .when(new JoinNetwork(ID, DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void cannotLeaveWithoutBeingAMember() {
        fixture.given(REGISTERED)
                .when(new LeaveNetwork(ID, "reason", DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void cannotLeaveBeforeJoining() {
        fixture.given(REGISTERED, new NetworkJoined(ID, DAY))
                .when(new LeaveNetwork(ID, "reason", DAY.minusDays(1)))
                .expectException(InvalidInputException.class).expectExceptionMessage("must not be before the organisation joined (2022-05-01)");
    }

    @Test
    void mergesIntoAnotherOrganisation() {
        fixture.given(REGISTERED)
                .when(new MergeOrganisation(ID, OTHER, "Duplicate", DAY))
                .expectEvents(new OrganisationMerged(ID, OTHER, "Duplicate", DAY));
    }

    @Test
    void cannotMergeIntoItself() {
        fixture.given(REGISTERED)
                .when(new MergeOrganisation(ID, ID, "Duplicate", DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void retires() {
        fixture.given(REGISTERED)
                .when(new RetireOrganisation(ID, "Wound up", DAY))
                .expectEvents(new OrganisationRetired(ID, "Wound up", DAY));
    }

    @Test
    void aClosedRecordTakesNoFurtherChanges() {
        fixture.given(REGISTERED, new OrganisationMerged(ID, OTHER, "Duplicate", DAY))
                .when(new RenameOrganisation(ID, "New name", DAY))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, new OrganisationRetired(ID, "Wound up", DAY))
                .when(new JoinNetwork(ID, DAY))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, new OrganisationRetired(ID, "Wound up", DAY))
                .when(new RetireOrganisation(ID, "again", DAY))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, new OrganisationRetired(ID, "Wound up", DAY))
                .when(new MergeOrganisation(ID, OTHER, "dup", DAY))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, new OrganisationRetired(ID, "Wound up", DAY))
                .when(new ChangeOrganisationKind(ID, OrganisationKind.FUNDER, "why", DAY))
                .expectException(ConflictException.class);
    }
}
