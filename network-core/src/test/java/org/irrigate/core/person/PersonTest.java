package org.irrigate.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.ErasePerson;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonCommand.UpdatePersonalDetails;
import org.irrigate.core.api.PersonEvent.PersonErased;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.RoleId;
import org.irrigate.core.testing.TestVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonTest {
    static final PersonId ID = PersonId.random();
    static final RoleId ROLE = RoleId.random();
    static final OrganisationId COUNTY = OrganisationId.random();
    static final LocalDate START = LocalDate.of(2020, 3, 1);
    static final LocalDate LEFT = LocalDate.of(2023, 6, 30);
    static final PersonalDetails HELEN = new PersonalDetails("Helen Carter", "helen@example.org", null);
    static final TestVault VAULT = new TestVault();
    static final PersonRegistered REGISTERED = new PersonRegistered(ID, VAULT.seal(ID, HELEN), START);
    static final RoleStarted STARTED = new RoleStarted(ID, ROLE, COUNTY, "Head of Communities", START);

    AggregateTestFixture<Person> fixture;
    TestVault vault;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        vault = new TestVault();
        fixture.registerInjectableResource(vault);
    }

    @Test
    void registers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(ID, HELEN, START))
                .expectEvents(REGISTERED);
    }

    @Test
    void registrationNeedsDetails() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(ID, null, START))
                .expectException(InvalidInputException.class);
    }

    @Test
    void updatesPersonalDetailsWithAReason() {
        PersonalDetails corrected = new PersonalDetails("Helen Carter", "h.carter@example.org", "01452 000000");
        fixture.given(REGISTERED)
                .when(new UpdatePersonalDetails(ID, corrected, "New email", START.plusDays(3)))
                .expectEvents(new PersonalDetailsUpdated(ID, VAULT.seal(ID, corrected), "New email", START.plusDays(3)));
        fixture.given(REGISTERED)
                .when(new UpdatePersonalDetails(ID, corrected, " ", START))
                .expectException(InvalidInputException.class);
    }

    @Test
    void startsARole() {
        fixture.given(REGISTERED)
                .when(new StartRole(ID, ROLE, COUNTY, "Head of Communities", START))
                .expectEvents(STARTED);
    }

    @Test
    void roleNeedsATitleAndAnOrganisation() {
        fixture.given(REGISTERED)
                .when(new StartRole(ID, ROLE, COUNTY, "", START))
                .expectException(InvalidInputException.class);
        fixture.given(REGISTERED)
                .when(new StartRole(ID, ROLE, null, "Officer", START))
                .expectException(InvalidInputException.class);
    }

    @Test
    void cannotHoldTheSameOpenRoleTwice() {
        fixture.given(REGISTERED, STARTED)
                .when(new StartRole(ID, RoleId.random(), COUNTY, "head of communities", START.plusDays(1)))
                .expectException(ConflictException.class);
        fixture.given(REGISTERED, STARTED)
                .when(new StartRole(ID, ROLE, OrganisationId.random(), "Trustee", START))
                .expectException(ConflictException.class);
    }

    @Test
    void endsARole() {
        fixture.given(REGISTERED, STARTED)
                .when(new EndRole(ID, ROLE, "Left the council", LEFT))
                .expectEvents(new RoleEnded(ID, ROLE, COUNTY, "Head of Communities", "Left the council", LEFT));
    }

    @Test
    void aRoleCannotEndBeforeItStarted() {
        fixture.given(REGISTERED, STARTED)
                .when(new EndRole(ID, ROLE, null, START.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aRoleEndsOnce() {
        fixture.given(REGISTERED, STARTED, new RoleEnded(ID, ROLE, COUNTY, "Head of Communities", null, LEFT))
                .when(new EndRole(ID, ROLE, null, LEFT))
                .expectException(ConflictException.class);
    }

    @Test
    void endingAnUnknownRoleIsNotFound() {
        fixture.given(REGISTERED)
                .when(new EndRole(ID, RoleId.random(), null, LEFT))
                .expectException(NotFoundException.class);
    }

    @Test
    void theSameTitleCanBeHeldAgainAfterItEnded() {
        RoleId again = RoleId.random();
        fixture.given(REGISTERED, STARTED, new RoleEnded(ID, ROLE, COUNTY, "Head of Communities", null, LEFT))
                .when(new StartRole(ID, again, COUNTY, "Head of Communities", LEFT.plusYears(1)))
                .expectEvents(new RoleStarted(ID, again, COUNTY, "Head of Communities", LEFT.plusYears(1)));
    }

    @Test
    void erasureDestroysTheKeyAndRecordsWhy() {
        fixture.given(REGISTERED, STARTED)
                .when(new ErasePerson(ID, "Subject's request of 2024-05-01", LEFT))
                .expectEvents(new PersonErased(ID, "Subject's request of 2024-05-01", LEFT));
        assertThat(vault.erased(ID)).isTrue();
    }

    @Test
    void erasureNeedsAReasonAndHappensOnce() {
        fixture.given(REGISTERED)
                .when(new ErasePerson(ID, "", LEFT))
                .expectException(InvalidInputException.class);
        fixture.given(REGISTERED, new PersonErased(ID, "request", LEFT))
                .when(new ErasePerson(ID, "again", LEFT))
                .expectException(ConflictException.class);
    }

    @Test
    void erasedDetailsCannotBeWrittenAgain() {
        fixture.given(REGISTERED, new PersonErased(ID, "request", LEFT))
                .when(new UpdatePersonalDetails(ID, HELEN, "re-adding", LEFT))
                .expectException(ConflictException.class);
    }
}
