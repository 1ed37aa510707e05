package org.irrigate.influence.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AddFollowUp;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationCommand.RetractConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationTest {
    static final ConversationId ID = ConversationId.random();
    static final ConversationId LATER = ConversationId.random();
    static final OrganisationId GRACE = OrganisationId.random();
    static final OrganisationId STROUD_DC = OrganisationId.random();
    static final PersonId OFFICER = PersonId.random();
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final LocalDate DAY = LocalDate.of(2022, 6, 14);
    static final Party COUNCIL = Party.organisation(STROUD_DC);
    static final ConversationDetails DETAILS = new ConversationDetails(List.of(COUNCIL, Party.person(OFFICER)),
            STROUD, Channel.MEETING, "UKSPF for community groups", "Asked for a share for the hubs",
            List.of("10% of UKSPF to community groups"), Set.of(OutcomeArea.PARTICIPATION_AND_INFLUENCE));
    static final NewFollowUp SEND_PROPOSAL = new NewFollowUp("Send the hubs proposal", Party.organisation(GRACE),
            DAY.plusWeeks(2));
    static final FollowUp FOLLOW_UP_1 = new FollowUp(1, "Send the hubs proposal", Party.organisation(GRACE),
            DAY.plusWeeks(2));
    static final ConversationLogged LOGGED = new ConversationLogged(ID, GRACE, DAY, DETAILS, List.of(FOLLOW_UP_1),
            Visibility.SHARED);
    static final ConversationRetracted RETRACTED = new ConversationRetracted(ID, GRACE, null, "Duplicate", DAY);

    AggregateTestFixture<Conversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
    }

    static LogConversation log(ConversationDetails details, List<NewFollowUp> followUps, Visibility visibility) {
        return new LogConversation(ID, GRACE, DAY, details, followUps, visibility);
    }

    static ConversationDetails with(List<Party> participants, Channel channel, String topic, String summary,
                                    List<String> asks) {
        return new ConversationDetails(participants, STROUD, channel, topic, summary, asks, Set.of());
    }

    @Test
    void logsAConversationWithNumberedFollowUps() {
        fixture.givenNoPriorActivity()
                .when(log(new ConversationDetails(List.of(COUNCIL, Party.person(OFFICER), COUNCIL), STROUD,
                        Channel.MEETING, "  UKSPF for community groups ", "Asked for a share for the hubs",
                        List.of(" 10% of UKSPF to community groups"), Set.of(OutcomeArea.PARTICIPATION_AND_INFLUENCE)),
                        List.of(SEND_PROPOSAL), Visibility.SHARED))
                .expectEvents(LOGGED);
    }

    @Test
    void aPrivateConversationIsPrivateToThePartnerThatLoggedIt() {
        fixture.givenNoPriorActivity()
                .when(log(DETAILS, null, Visibility.PRIVATE))
                .expectEvents(new ConversationLogged(ID, GRACE, DAY, DETAILS, List.of(), Visibility.PRIVATE));
        assertThat(new ConversationLogged(ID, GRACE, DAY, DETAILS, List.of(), Visibility.PRIVATE).privateTo())
                .isEqualTo(GRACE);
        assertThat(LOGGED.privateTo()).isNull();
        assertThat(LOGGED.summary()).isEqualTo("Logged a meeting about UKSPF for community groups");
    }

    @Test
    void aConversationNeedsSomeoneToHaveTakenPart() {
        expectInvalid(log(with(List.of(), Channel.CALL, "Topic", null, null), null, Visibility.SHARED),
                "must name at least one person or organisation");
        expectInvalid(log(with(null, Channel.CALL, "Topic", null, null), null, Visibility.SHARED),
                "must name at least one person or organisation");
    }

    @Test
    void aConversationNeedsAChannelATopicAVisibilityAndADay() {
        expectInvalid(log(with(List.of(COUNCIL), null, "Topic", null, null), null, Visibility.SHARED), "is required");
        expectInvalid(log(with(List.of(COUNCIL), Channel.CALL, " ", null, null), null, Visibility.SHARED),
                "must not be blank");
        expectInvalid(log(DETAILS, null, null), "is required");
        expectInvalid(new LogConversation(ID, GRACE, null, DETAILS, null, Visibility.SHARED), "is required");
        expectInvalid(new LogConversation(ID, null, DAY, DETAILS, null, Visibility.SHARED), "is required");
    }

    @Test
    void textsHaveLimits() {
        expectInvalid(log(with(List.of(COUNCIL), Channel.CALL, "t".repeat(ConversationRules.TOPIC_LENGTH + 1), null,
                null), null, Visibility.SHARED), "must be at most 200 characters");
        expectInvalid(log(with(List.of(COUNCIL), Channel.CALL, "Topic", "s".repeat(ConversationRules.SUMMARY_LENGTH + 1),
                null), null, Visibility.SHARED), "must be at most 4000 characters");
        expectInvalid(log(with(List.of(COUNCIL), Channel.CALL, "Topic", null, List.of("fine", " ")), null,
                Visibility.SHARED), "must not be blank");
        expectInvalid(log(with(List.of(COUNCIL), Channel.CALL, "Topic", null,
                java.util.Collections.nCopies(ConversationRules.MAX_ASKS + 1, "ask")), null, Visibility.SHARED),
                "must hold at most 10 asks");
    }

    @Test
    void followUpsNeedAnActionAnOwnerAndADueDateNotBeforeTheConversation() {
        expectInvalid(log(DETAILS, List.of(new NewFollowUp(" ", COUNCIL, DAY)), Visibility.SHARED), "must not be blank");
        expectInvalid(log(DETAILS, List.of(new NewFollowUp("Call back", null, DAY)), Visibility.SHARED), "is required");
        expectInvalid(log(DETAILS, List.of(new NewFollowUp("Call back", COUNCIL, null)), Visibility.SHARED),
                "is required");
        expectInvalid(log(DETAILS, List.of(new NewFollowUp("Call back", COUNCIL, DAY.minusDays(1))), Visibility.SHARED),
                "must not be before the conversation (2022-06-14)");
    }

    @Test
    void amendsWithAReason() {
        ConversationDetails corrected = with(List.of(COUNCIL), Channel.CALL, "UKSPF", null, List.of());
        fixture.given(LOGGED)
                .when(new AmendConversation(ID, DAY.minusDays(1), corrected, "It was a call the day before"))
                .expectEvents(new ConversationAmended(ID, GRACE, null, DAY.minusDays(1), corrected,
                        "It was a call the day before"));
    }

    @Test
    void anAmendmentNeedsAReasonAndAChange() {
        fixture.given(LOGGED)
                .when(new AmendConversation(ID, DAY, DETAILS, " "))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(LOGGED)
                .when(new AmendConversation(ID, DAY, DETAILS, "No reason really"))
                .expectException(ConflictException.class).expectExceptionMessage("The correction changes nothing");
        fixture.given(LOGGED)
                .when(new AmendConversation(ID, DAY, with(List.of(), Channel.CALL, "T", null, null), "Fix"))
                .expectException(InvalidInputException.class);
    }

    @Test
    void retractsWithAReasonOnce() {
        fixture.given(LOGGED)
                .when(new RetractConversation(ID, "Duplicate", DAY))
                .expectEvents(RETRACTED);
        fixture.given(LOGGED)
                .when(new RetractConversation(ID, "", DAY))
                .expectException(InvalidInputException.class);
        fixture.given(LOGGED, RETRACTED)
                .when(new RetractConversation(ID, "Again", DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void aRetractedConversationTakesNoFurtherChanges() {
        fixture.given(LOGGED, RETRACTED)
                .when(new AmendConversation(ID, DAY, with(List.of(COUNCIL), Channel.CALL, "T", null, null), "Fix"))
                .expectException(ConflictException.class).expectExceptionMessage("The conversation has been retracted");
        fixture.given(LOGGED, RETRACTED)
                .when(new AddFollowUp(ID, SEND_PROPOSAL, DAY))
                .expectException(ConflictException.class);
        fixture.given(LOGGED, RETRACTED)
                .when(new CompleteFollowUp(ID, 1, GRACE, null, DAY))
                .expectException(ConflictException.class);
        fixture.given(LOGGED, RETRACTED)
                .when(new LinkFollowUpConversation(ID, LATER, DAY))
                .expectException(ConflictException.class);
    }

    @Test
    void addsAFollowUpWithTheNextNumber() {
        NewFollowUp callBack = new NewFollowUp("Call the officer back", Party.person(OFFICER), DAY.plusDays(3));
        fixture.given(LOGGED)
                .when(new AddFollowUp(ID, callBack, DAY.plusDays(1)))
                .expectEvents(new FollowUpAdded(ID, GRACE, null,
                        new FollowUp(2, "Call the officer back", Party.person(OFFICER), DAY.plusDays(3)), DAY.plusDays(1)));
        fixture.given(LOGGED)
                .when(new AddFollowUp(ID, new NewFollowUp("Late", COUNCIL, DAY.minusDays(1)), DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void completesAFollowUpOnce() {
        FollowUpCompleted completed = new FollowUpCompleted(ID, GRACE, null, 1, GRACE, "Sent", DAY.plusDays(5));
        fixture.given(LOGGED)
                .when(new CompleteFollowUp(ID, 1, GRACE, " Sent ", DAY.plusDays(5)))
                .expectEvents(completed);
        fixture.given(LOGGED, completed)
                .when(new CompleteFollowUp(ID, 1, GRACE, null, DAY.plusDays(6)))
                .expectException(ConflictException.class);
    }

    @Test
    void completingNamesThePartnerWhoDidIt() {
        fixture.given(LOGGED)
                .when(new CompleteFollowUp(ID, 1, null, null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void completingNeedsAKnownFollowUpAndADayAfterTheConversation() {
        fixture.given(LOGGED)
                .when(new CompleteFollowUp(ID, 7, GRACE, null, DAY))
                .expectException(NotFoundException.class);
        fixture.given(LOGGED)
                .when(new CompleteFollowUp(ID, 1, GRACE, null, DAY.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void linksAFollowUpConversationOnce() {
        FollowUpConversationLinked linked = new FollowUpConversationLinked(ID, GRACE, null, LATER, DAY);
        fixture.given(LOGGED)
                .when(new LinkFollowUpConversation(ID, LATER, DAY))
                .expectEvents(linked);
        fixture.given(LOGGED, linked)
                .when(new LinkFollowUpConversation(ID, LATER, DAY))
                .expectException(ConflictException.class);
        fixture.given(LOGGED)
                .when(new LinkFollowUpConversation(ID, ID, DAY))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be another conversation");
    }

    private void expectInvalid(LogConversation command, String message) {
        fixture.givenNoPriorActivity().when(command)
                .expectException(InvalidInputException.class).expectExceptionMessage(message).expectNoEvents();
    }
}
