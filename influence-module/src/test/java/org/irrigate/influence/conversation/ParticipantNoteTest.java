package org.irrigate.influence.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.influence.conversation.ConversationTest.COUNCIL;
import static org.irrigate.influence.conversation.ConversationTest.DAY;
import static org.irrigate.influence.conversation.ConversationTest.DETAILS;
import static org.irrigate.influence.conversation.ConversationTest.GRACE;
import static org.irrigate.influence.conversation.ConversationTest.ID;
import static org.irrigate.influence.conversation.ConversationTest.LOGGED;
import static org.irrigate.influence.conversation.ConversationTest.OFFICER;
import static org.irrigate.influence.conversation.ConversationTest.RETRACTED;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.testing.TestVault;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AddParticipantNote;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ParticipantNoteAdded;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A note about a participant is sealed with that person's key before it is recorded (decision 0004). */
class ParticipantNoteTest {
    static final String NOTE = "Prefers to be called after four; carer for her mother";

    final TestVault vault = new TestVault();
    AggregateTestFixture<Conversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void aNoteAboutAParticipantIsRecordedSealedWithTheirKey() {
        ParticipantNoteAdded expected = new ParticipantNoteAdded(ID, GRACE, null, OFFICER,
                vault.sealNote(OFFICER, NOTE), DAY.plusDays(1));
        fixture.given(LOGGED)
                .when(new AddParticipantNote(ID, OFFICER, "  " + NOTE + " ", DAY.plusDays(1)))
                .expectEvents(expected);
        assertThat(expected.note().ciphertext()).doesNotContain("after four").doesNotContain("her mother");
        assertThat(vault.openNote(OFFICER, expected.note())).contains(NOTE);
        assertThat(expected.summary()).doesNotContain("after four");
        assertThat(expected.subjects().people()).containsExactly(OFFICER);
    }

    @Test
    void aPrivateConversationsNoteIsPrivateToo() {
        ConversationLogged privately = new ConversationLogged(ID, GRACE, DAY, DETAILS, List.of(), Visibility.PRIVATE);
        fixture.given(privately)
                .when(new AddParticipantNote(ID, OFFICER, NOTE, DAY))
                .expectEvents(new ParticipantNoteAdded(ID, GRACE, GRACE, OFFICER, vault.sealNote(OFFICER, NOTE), DAY));
    }

    @Test
    void theNoteNamesAPersonAndSaysSomething() {
        fixture.given(LOGGED).when(new AddParticipantNote(ID, null, NOTE, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LOGGED).when(new AddParticipantNote(ID, OFFICER, " ", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LOGGED).when(new AddParticipantNote(ID, OFFICER, "x".repeat(ConversationRules.NOTE_LENGTH + 1),
                        DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void onlyAPersonWhoTookPartMayBeWrittenAbout() {
        fixture.given(LOGGED).when(new AddParticipantNote(ID, PersonId.random(), NOTE, DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must be a person who took part in the conversation")
                .expectNoEvents();
        // a correction that removes the person removes the right to write about them here
        ConversationDetails withoutOfficer = new ConversationDetails(List.of(COUNCIL), DETAILS.place(),
                Channel.MEETING, DETAILS.topic(), DETAILS.summary(), DETAILS.asks(), DETAILS.outcomeAreas());
        fixture.given(LOGGED, new ConversationAmended(ID, GRACE, null, DAY, withoutOfficer, "Was not there"))
                .when(new AddParticipantNote(ID, OFFICER, NOTE, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        PersonId added = PersonId.random();
        ConversationDetails withAnother = new ConversationDetails(List.of(COUNCIL, Party.person(added)),
                DETAILS.place(), Channel.MEETING, DETAILS.topic(), null, List.of(), DETAILS.outcomeAreas());
        fixture.given(LOGGED, new ConversationAmended(ID, GRACE, null, DAY, withAnother, "Forgot her"))
                .when(new AddParticipantNote(ID, added, NOTE, DAY))
                .expectEvents(new ParticipantNoteAdded(ID, GRACE, null, added, vault.sealNote(added, NOTE), DAY));
    }

    @Test
    void notBeforeTheConversation() {
        fixture.given(LOGGED).when(new AddParticipantNote(ID, OFFICER, NOTE, DAY.minusDays(1)))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LOGGED).when(new AddParticipantNote(ID, OFFICER, NOTE, null))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aRetractedConversationTakesNoNotes() {
        fixture.given(LOGGED, RETRACTED).when(new AddParticipantNote(ID, OFFICER, NOTE, DAY))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void nothingCanBeWrittenAboutAnErasedPerson() {
        vault.erase(OFFICER);
        fixture.given(LOGGED).when(new AddParticipantNote(ID, OFFICER, NOTE, DAY))
                .expectException(ConflictException.class).expectExceptionMessage("This person's data has been erased")
                .expectNoEvents();
    }
}
