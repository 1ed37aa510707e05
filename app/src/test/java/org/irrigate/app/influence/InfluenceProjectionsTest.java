package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.EventFeed;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonEvent.PersonErased;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.RoleId;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionClosed;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionReopened;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.AdvocacyStatus;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.ConversationEvent.ParticipantNoteAdded;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceQuery.FindNotesAboutPerson;
import org.irrigate.influence.api.InfluenceQuery.FindRelationship;
import org.irrigate.influence.api.InfluenceQuery.FindRepresentations;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoint;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoints;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyColumn;
import org.irrigate.influence.api.InfluenceView.AssessmentView;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.irrigate.influence.api.InfluenceView.LifecycleView;
import org.irrigate.influence.api.InfluenceView.NoteAboutPerson;
import org.irrigate.influence.api.InfluenceView.PersonNoteView;
import org.irrigate.influence.api.InfluenceView.RelationshipView;
import org.irrigate.influence.api.InfluenceView.RepresentationView;
import org.irrigate.influence.api.InfluenceView.RiskView;
import org.irrigate.influence.api.InfluenceView.TippingPointView;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipEvent.PartyNoteAdded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.irrigate.influence.api.TippingPointEvent.TippingPointRetracted;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feeds the influence module's events straight into the event store and reads what each of its projections
 * (conversation log, relationship map with the key-person risk policy, representation register, advocacy board,
 * tipping points) makes of them: corrections applied, retractions marked, private records kept private.
 */
@IntegrationTest
class InfluenceProjectionsTest {
    static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    @Autowired
    EventFeed feed;
    @Autowired
    Await await;
    @Autowired
    QueryGateway queries;
    @Autowired
    PersonalDataVault vault;

    /** A partner of its own, so queries narrowed to it see only this test's records. */
    OrganisationId organisation(String name, OrganisationKind kind) {
        OrganisationId id = OrganisationId.random();
        feed.feed(id, new OrganisationRegistered(id, name, kind, null, null, DAY));
        return id;
    }

    PersonId person(String name) {
        PersonId id = PersonId.random();
        feed.feed(id, new PersonRegistered(id, vault.seal(id, new PersonalDetails(name, null, null)), DAY));
        return id;
    }

    static Viewer partner(OrganisationId organisation) {
        return new Viewer("partner", organisation, false);
    }

    static final Viewer OUTSIDER = new Viewer("outsider", null, false);

    @Test
    void conversationLogAppliesCorrectionsFollowUpsLinksAndRetractions() {
        OrganisationId partner = organisation("Conversation Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        OrganisationId council = organisation("Conversation Council", OrganisationKind.LOCAL_AUTHORITY);
        ConversationId id = ConversationId.random();
        ConversationId later = ConversationId.random();
        Party owner = Party.organisation(partner);
        ConversationDetails logged = new ConversationDetails(List.of(Party.organisation(council)), null,
                Channel.MEETING, "Youth wrap-around", "First talk", List.of("Fund a pilot"),
                Set.of(OutcomeArea.EDUCATION_AND_LEARNING));
        ConversationDetails corrected = new ConversationDetails(List.of(Party.organisation(council), owner),
                new PlaceCode("E07000082"), Channel.CALL, "Youth wrap-around services", "It was a call",
                List.of("Fund a pilot", "Share the data"), Set.of(OutcomeArea.EDUCATION_AND_LEARNING));
        feed.feed(id,
                new ConversationLogged(id, partner, DAY, logged,
                        List.of(new FollowUp(1, "Send the figures", owner, DAY.plusDays(7))), Visibility.PRIVATE),
                new ConversationAmended(id, partner, partner, DAY.plusDays(1), corrected, "Was a call, not a meeting"),
                new FollowUpAdded(id, partner, partner, new FollowUp(2, "Book a visit", owner, DAY.plusDays(30)),
                        DAY.plusDays(2)),
                new FollowUpCompleted(id, partner, partner, 1, partner, "Figures sent", DAY.plusDays(5)),
                new FollowUpConversationLinked(id, partner, partner, later, DAY.plusDays(20)));

        ConversationView view = conversation(id, partner(partner));
        assertThat(view.happenedOn()).isEqualTo(DAY.plusDays(1));
        assertThat(view.channel()).isEqualTo(Channel.CALL);
        assertThat(view.topic()).isEqualTo("Youth wrap-around services");
        assertThat(view.participants()).containsExactly(Party.organisation(council), owner);
        assertThat(view.place()).isEqualTo(new PlaceCode("E07000082"));
        assertThat(view.asks()).containsExactly("Fund a pilot", "Share the data");
        assertThat(view.corrections()).isEqualTo(1);
        assertThat(view.lastCorrectionReason()).isEqualTo("Was a call, not a meeting");
        assertThat(view.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(view.followUpConversations()).containsExactly(later);
        assertThat(view.followUps()).extracting(FollowUpView::number, FollowUpView::status, FollowUpView::completedOn,
                        FollowUpView::completedBy, FollowUpView::completionNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, FollowUpStatus.DONE, DAY.plusDays(5), partner,
                                "Figures sent"),
                        org.assertj.core.groups.Tuple.tuple(2, FollowUpStatus.OVERDUE, null, null, null));
        assertThat(QueryAnswers.list(queries, new FindFollowUps(FollowUpStatus.OVERDUE, owner, DAY.plusDays(40),
                partner(partner)), FollowUpView.class)).extracting(FollowUpView::action).containsExactly("Book a visit");
        assertThat(QueryAnswers.find(queries, new FindConversation(id, OUTSIDER), ConversationView.class))
                .as("private to its partner").isEmpty();
        assertThat(conversations(council, "share the data", false, partner(council))).isEmpty();

        feed.feed(id, new ConversationRetracted(id, partner, partner, "Logged against the wrong council",
                DAY.plusDays(21)));
        assertThat(conversations(council, "share the data", false, partner(partner))).isEmpty();
        assertThat(conversations(council, "share the data", true, partner(partner))).singleElement()
                .satisfies(c -> {
                    assertThat(c.retracted()).isTrue();
                    assertThat(c.retractionReason()).isEqualTo("Logged against the wrong council");
                });
        assertThat(QueryAnswers.list(queries, new FindFollowUps(null, owner, DAY.plusDays(40), partner(partner)),
                FollowUpView.class)).as("a retracted conversation's follow-ups are gone").isEmpty();
    }

    /**
     * Notes about people are kept sealed and opened with each person's key when read: erasing one person turns their
     * notes into "erased person" in every view, and leaves other people's notes alone.
     */
    @Test
    void notesAboutPeopleOpenWithTheirKeyUntilThePersonIsErased() {
        OrganisationId partner = organisation("Note Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        PersonId officer = person("Noted Officer");
        PersonId colleague = person("Noted Colleague");
        ConversationId id = ConversationId.random();
        ConversationDetails details = new ConversationDetails(List.of(Party.person(officer), Party.person(colleague)),
                null, Channel.CALL, "Notes about people", null, List.of(), Set.of());
        feed.feed(id, new ConversationLogged(id, partner, DAY, details, List.of(), Visibility.PRIVATE),
                new ParticipantNoteAdded(id, partner, partner, officer, vault.sealNote(officer, "Back from leave in May"),
                        DAY),
                new ParticipantNoteAdded(id, partner, partner, colleague, vault.sealNote(colleague, "Moving to the ICB"),
                        DAY.plusDays(1)));
        RelationshipId relationship = RelationshipId.random();
        Party first = Party.organisation(partner);
        Party second = Party.person(officer);
        feed.feed(relationship, new RelationshipRecorded(relationship, first, second, null, DAY),
                new PartyNoteAdded(relationship, first, second, officer, vault.sealNote(officer, "Knows the leader"),
                        DAY.plusDays(2)));

        assertThat(conversation(id, partner(partner)).personNotes())
                .extracting(PersonNoteView::personId, PersonNoteView::happenedOn, PersonNoteView::note,
                        PersonNoteView::erased)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(officer, DAY, "Back from leave in May", false),
                        org.assertj.core.groups.Tuple.tuple(colleague, DAY.plusDays(1), "Moving to the ICB", false));
        assertThat(relationship(relationship, partner).personNotes()).extracting(PersonNoteView::note)
                .containsExactly("Knows the leader");
        Viewer coordinator = new Viewer("coordinator", null, true);
        assertThat(notesAbout(officer, coordinator)).extracting(NoteAboutPerson::recordType, NoteAboutPerson::recordId,
                        n -> n.note().note())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("conversation", id.value(), "Back from leave in May"),
                        org.assertj.core.groups.Tuple.tuple("relationship", relationship.value(), "Knows the leader"));
        assertThat(notesAbout(officer, OUTSIDER)).as("the private conversation's note stays private")
                .extracting(NoteAboutPerson::recordType).containsExactly("relationship");

        vault.erase(officer);
        feed.feed(officer, new PersonErased(officer, "Asked to be forgotten", DAY.plusMonths(1)));
        assertThat(conversation(id, partner(partner)).personNotes())
                .extracting(PersonNoteView::personId, PersonNoteView::note, PersonNoteView::erased)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(officer, "erased person", true),
                        org.assertj.core.groups.Tuple.tuple(colleague, "Moving to the ICB", false));
        assertThat(relationship(relationship, partner).personNotes()).extracting(PersonNoteView::note)
                .containsExactly("erased person");
        assertThat(notesAbout(officer, coordinator)).allMatch(n -> n.note().erased());
    }

    List<NoteAboutPerson> notesAbout(PersonId person, Viewer viewer) {
        return QueryAnswers.list(queries, new FindNotesAboutPerson(person, viewer), NoteAboutPerson.class);
    }

    @Test
    void relationshipMapKeepsAssessmentHistoryAndTheKeyPersonRiskPolicyFlagsIt() {
        OrganisationId partner = organisation("Relationship Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        OrganisationId icb = organisation("Relationship ICB", OrganisationKind.HEALTH_BODY);
        PersonId officer = person("Key Officer");
        RoleId role = RoleId.random();
        feed.feed(officer, new RoleStarted(officer, role, icb, "Commissioner", DAY));
        RelationshipId id = RelationshipId.random();
        Party first = Party.organisation(partner);
        Party second = Party.organisation(icb);
        ConversationId evidence = ConversationId.random();
        RoleDependency dependency = new RoleDependency(officer, role);
        feed.feed(id, new RelationshipRecorded(id, first, second, dependency, DAY),
                new RelationshipAssessed(id, first, second, Strength.AWARE, "Knows of us", List.of(), DAY),
                new RelationshipAssessed(id, first, second, Strength.TRUSTED, "Asks our advice", List.of(evidence),
                        DAY.plusMonths(3)));

        RelationshipView view = relationship(id, partner);
        assertThat(view.strength()).isEqualTo(Strength.TRUSTED);
        assertThat(view.assessedOn()).isEqualTo(DAY.plusMonths(3));
        assertThat(view.trustNote()).isEqualTo("Asks our advice");
        assertThat(view.history()).extracting(AssessmentView::strength).containsExactly(Strength.AWARE, Strength.TRUSTED);
        assertThat(view.atRisk()).isFalse();
        assertThat(view.dependencies()).singleElement().satisfies(d -> {
            assertThat(d.roleId()).isEqualTo(role);
            assertThat(d.roleEndedOn()).isNull();
        });

        // The role ends: the policy flags the relationship through a command, and the map shows it.
        feed.feed(officer, new RoleEnded(officer, role, icb, "Commissioner", "Left the ICB", DAY.plusMonths(5)));
        await.projections(); // once more: the policy's own event is stored after the first wait began
        RelationshipView flagged = relationship(id, partner);
        assertThat(flagged.atRisk()).isTrue();
        assertThat(flagged.atRiskSince()).isEqualTo(DAY.plusMonths(5));
        assertThat(flagged.dependencies().getFirst().roleEndedOn()).isEqualTo(DAY.plusMonths(5));

        feed.feed(id, new RelationshipRiskResolved(id, first, second, "Met the successor", DAY.plusMonths(6)));
        RelationshipView resolved = relationship(id, partner);
        assertThat(resolved.atRisk()).isFalse();
        assertThat(resolved.risks()).extracting(RiskView::atRisk, RiskView::happenedOn, RiskView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, DAY.plusMonths(5), null),
                        org.assertj.core.groups.Tuple.tuple(false, DAY.plusMonths(6), "Met the successor"));
    }

    @Test
    void representationRegisterAnswersWhoHeldASeatOnADay() {
        OrganisationId partner = organisation("Seat Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        OrganisationId body = organisation("Seat Partnership Board", OrganisationKind.STRATEGIC_PARTNERSHIP);
        PersonId member = person("Seat Holder");
        RepresentationId id = RepresentationId.random();
        feed.feed(id, new RepresentationStarted(id, member, partner, body, "VCSE seat", DAY),
                new RepresentationEnded(id, member, partner, body, "Term over", DAY.plusYears(1)));

        assertThat(seats(body, DAY.plusMonths(6))).singleElement().satisfies(seat -> {
            assertThat(seat.personName()).isEqualTo("Seat Holder");
            assertThat(seat.organisationName()).isEqualTo("Seat Partner");
            assertThat(seat.bodyName()).isEqualTo("Seat Partnership Board");
            assertThat(seat.seat()).isEqualTo("VCSE seat");
            assertThat(seat.from()).isEqualTo(DAY);
            assertThat(seat.to()).isEqualTo(DAY.plusYears(1));
            assertThat(seat.endReason()).isEqualTo("Term over");
        });
        assertThat(seats(body, DAY.minusDays(1))).isEmpty();
        assertThat(seats(body, DAY.plusYears(1).plusDays(1))).isEmpty();
    }

    @Test
    void advocacyBoardMovesTheActionThroughItsColumns() {
        OrganisationId advocate = organisation("Advocacy Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        OrganisationId target = organisation("Advocacy Target", OrganisationKind.LOCAL_AUTHORITY);
        AdvocacyActionId id = AdvocacyActionId.random();
        ConversationId conversation = ConversationId.random();
        feed.feed(id, new AdvocacyActionStarted(id, "Keep the youth bus", "Budget 2024", Set.of(advocate), target,
                Set.of(), DAY));
        assertThat(column(target, id)).isEqualTo(AdvocacyStatus.STARTED);
        feed.feed(id, new AdvocacyStepTaken(id, target, 1, StepKind.LETTER, "Wrote to the leader",
                List.of(conversation), DAY.plusDays(3)));
        assertThat(column(target, id)).isEqualTo(AdvocacyStatus.IN_PROGRESS);
        feed.feed(id, new AdvocacyResponseRecorded(id, target, ResponseKind.PARTLY_ACCEPTED, "Will review",
                        DAY.plusDays(10)),
                new AdvocacyOutcomeRecorded(id, target, OutcomeResult.PARTLY_ACHIEVED, "Bus kept two days a week",
                        DAY.plusDays(40)));
        assertThat(column(target, id)).isEqualTo(AdvocacyStatus.OUTCOME_RECORDED);
        feed.feed(id, new AdvocacyActionClosed(id, target, "Decision made", DAY.plusDays(41)));
        assertThat(column(target, id)).isEqualTo(AdvocacyStatus.CLOSED);
        feed.feed(id, new AdvocacyActionReopened(id, target, "Budget reopened", DAY.plusDays(60)));
        assertThat(column(target, id)).isEqualTo(AdvocacyStatus.OUTCOME_RECORDED);

        AdvocacyActionView view = QueryAnswers.one(queries, new FindAdvocacyAction(id, partner(advocate)),
                AdvocacyActionView.class, "advocacy action", id);
        assertThat(view.advocates()).containsExactly(advocate);
        assertThat(view.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(StepKind.LETTER);
            assertThat(step.conversations()).containsExactly(conversation);
        });
        assertThat(view.responses()).singleElement().extracting(r -> r.response()).isEqualTo(ResponseKind.PARTLY_ACCEPTED);
        assertThat(view.outcomes()).singleElement().extracting(o -> o.result()).isEqualTo(OutcomeResult.PARTLY_ACHIEVED);
        assertThat(view.lifecycle()).extracting(LifecycleView::closed, LifecycleView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "Decision made"),
                        org.assertj.core.groups.Tuple.tuple(false, "Budget reopened"));
    }

    @Test
    void tippingPointsLinkTheirEvidenceHidePrivateConversationsAndMarkRetractions() {
        OrganisationId partner = organisation("Tipping Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        ConversationId hidden = ConversationId.random();
        feed.feed(hidden, new ConversationLogged(hidden, partner, DAY, new ConversationDetails(List.of(), null,
                Channel.EMAIL, "Quiet word", null, List.of(), Set.of()), List.of(), Visibility.PRIVATE));
        TippingPointId id = TippingPointId.random();
        AdvocacyActionId action = AdvocacyActionId.random();
        feed.feed(id, new TippingPointMarked(id, "Council co-designs with us", "Consulted late", "Co-design from day one",
                Set.of(partner), new PlaceCode("E07000082"), List.of(hidden), List.of(action), DAY.plusDays(9)));

        TippingPointView own = tippingPoint(id, partner(partner));
        assertThat(own.whatChanged()).isEqualTo("Council co-designs with us");
        assertThat(own.before()).isEqualTo("Consulted late");
        assertThat(own.after()).isEqualTo("Co-design from day one");
        assertThat(own.organisations()).containsExactly(partner);
        assertThat(own.conversations()).containsExactly(hidden);
        assertThat(own.advocacyActions()).containsExactly(action);
        assertThat(tippingPoint(id, OUTSIDER).conversations()).as("a private conversation never shows through").isEmpty();

        feed.feed(id, new TippingPointRetracted(id, Set.of(partner), "Turned out to be one officer", DAY.plusDays(30)));
        assertThat(QueryAnswers.list(queries, new FindTippingPoints(partner, false, partner(partner)),
                TippingPointView.class)).isEmpty();
        assertThat(QueryAnswers.list(queries, new FindTippingPoints(partner, true, partner(partner)),
                TippingPointView.class)).singleElement().satisfies(t -> {
            assertThat(t.retracted()).isTrue();
            assertThat(t.retractionReason()).isEqualTo("Turned out to be one officer");
        });
    }

    private ConversationView conversation(ConversationId id, Viewer viewer) {
        return QueryAnswers.one(queries, new FindConversation(id, viewer), ConversationView.class, "conversation", id);
    }

    private List<ConversationView> conversations(OrganisationId organisation, String text, boolean retracted,
                                                 Viewer viewer) {
        return QueryAnswers.list(queries, new FindConversations(organisation, null, null, null, null, text, null, null,
                retracted, viewer), ConversationView.class);
    }

    private RelationshipView relationship(RelationshipId id, OrganisationId viewer) {
        return QueryAnswers.one(queries, new FindRelationship(id, partner(viewer)), RelationshipView.class,
                "relationship", id);
    }

    private List<RepresentationView> seats(OrganisationId body, LocalDate on) {
        return QueryAnswers.list(queries, new FindRepresentations(body, null, null, on), RepresentationView.class);
    }

    private AdvocacyStatus column(OrganisationId target, AdvocacyActionId id) {
        AdvocacyBoard board = QueryAnswers.one(queries, new FindAdvocacyBoard(target, partner(target)),
                AdvocacyBoard.class, "board", target);
        return board.columns().stream().filter(c -> c.actions().stream().anyMatch(a -> a.advocacyActionId().equals(id)))
                .map(AdvocacyColumn::status).reduce((a, b) -> {
                    throw new AssertionError("in two columns: " + a + ", " + b);
                }).orElseThrow();
    }

    private TippingPointView tippingPoint(TippingPointId id, Viewer viewer) {
        return QueryAnswers.one(queries, new FindTippingPoint(id, viewer), TippingPointView.class, "tipping point", id);
    }
}
