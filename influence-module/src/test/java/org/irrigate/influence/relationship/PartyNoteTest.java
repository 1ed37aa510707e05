package org.irrigate.influence.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.influence.relationship.RelationshipTest.AWARE;
import static org.irrigate.influence.relationship.RelationshipTest.COUNCIL;
import static org.irrigate.influence.relationship.RelationshipTest.DAY;
import static org.irrigate.influence.relationship.RelationshipTest.GRACE;
import static org.irrigate.influence.relationship.RelationshipTest.ID;
import static org.irrigate.influence.relationship.RelationshipTest.RECORDED;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.testing.TestVault;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AddPartyNote;
import org.irrigate.influence.api.RelationshipEvent.PartyNoteAdded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A note about the person on one side of a relationship is sealed with their key (decision 0004). */
class PartyNoteTest {
    static final PersonId OFFICER = PersonId.random();
    static final Party OFFICER_PARTY = Party.person(OFFICER);
    static final RelationshipRecorded WITH_OFFICER = new RelationshipRecorded(ID, GRACE, OFFICER_PARTY, null, DAY);
    static final String NOTE = "Trusts us since her son used the youth club";

    final TestVault vault = new TestVault();
    AggregateTestFixture<Relationship> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relationship.class);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void aNoteAboutThePersonOnOneSideIsRecordedSealed() {
        PartyNoteAdded expected = new PartyNoteAdded(ID, GRACE, OFFICER_PARTY, OFFICER, vault.sealNote(OFFICER, NOTE),
                DAY.plusMonths(1));
        fixture.given(WITH_OFFICER)
                .when(new AddPartyNote(ID, OFFICER, NOTE, DAY.plusMonths(1)))
                .expectEvents(expected);
        assertThat(expected.note().ciphertext()).doesNotContain("youth club");
        assertThat(expected.summary()).doesNotContain("youth club");
    }

    @Test
    void onlyAPersonInTheRelationshipMayBeWrittenAbout() {
        fixture.given(RECORDED, AWARE).when(new AddPartyNote(ID, OFFICER, NOTE, DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be the person on one side of the relationship")
                .expectNoEvents();
        fixture.given(WITH_OFFICER).when(new AddPartyNote(ID, null, NOTE, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        assertThat(COUNCIL.isPerson()).isFalse();
    }

    @Test
    void theNoteSaysSomethingAndFits() {
        fixture.given(WITH_OFFICER).when(new AddPartyNote(ID, OFFICER, "", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(WITH_OFFICER).when(new AddPartyNote(ID, OFFICER, "x".repeat(Relationship.NOTE_LENGTH + 1), DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void notBeforeTheRelationshipWasRecorded() {
        fixture.given(WITH_OFFICER).when(new AddPartyNote(ID, OFFICER, NOTE, DAY.minusDays(1)))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void nothingCanBeWrittenAboutAnErasedPerson() {
        vault.erase(OFFICER);
        fixture.given(WITH_OFFICER).when(new AddPartyNote(ID, OFFICER, NOTE, DAY))
                .expectException(ConflictException.class).expectNoEvents();
    }
}
