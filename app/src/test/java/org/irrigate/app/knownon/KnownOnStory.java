package org.irrigate.app.knownon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.demo.Cast;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationCommand.RenameOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RoleId;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.ReviseCaseStudy;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.HarvestCommand.HarvestOutcome;
import org.irrigate.evidence.api.HarvestCommand.RetractOutcome;
import org.irrigate.evidence.api.LearningReviewCommand.CloseLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.OpenLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.PinItem;
import org.irrigate.evidence.api.LearningReviewCommand.WriteFinding;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.OutcomeNarrative;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.ReviewScope;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.AmendAward;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AddFollowUp;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Visibility;

/**
 * One record of every kind the pages show, each first recorded on 10 June 2026 and corrected on 20 June 2026, plus
 * records first recorded on 20 June: "as known on" 15 June must show the first versions and none of the later
 * records. For the dashboard: a follow-up overdue on 15 June whose completion (on 12 June) was recorded only on
 * 20 June, a second follow-up added on 20 June, a payment, a bid's decision and an award (without a bid) recorded on
 * 20 June. Names carry a tag so a test finds its own records among the demo's and other tests'. No other test may
 * record anything between 9 and 15 June 2026: the dashboard test compares network-wide totals across that window.
 */
public final class KnownOnStory {
    public static final Instant FIRST = Instant.parse("2026-06-10T10:00:00Z");
    public static final Instant LATER = Instant.parse("2026-06-20T10:00:00Z");
    public static final String BETWEEN = "2026-06-15";
    static final PlaceCode STROUD = new PlaceCode("E07000082");

    public final String tag;
    public final OrganisationId council = OrganisationId.random();
    public final OrganisationId lateOrganisation = OrganisationId.random();
    public final PersonId officer = PersonId.random();
    public final PersonId latePerson = PersonId.random();
    public final RoleId role = RoleId.random();
    public final ConversationId conversation = ConversationId.random();
    public final ConversationId privateConversation = ConversationId.random();
    public final ConversationId lateConversation = ConversationId.random();
    public final AdvocacyActionId advocacy = AdvocacyActionId.random();
    public final AdvocacyActionId lateAdvocacy = AdvocacyActionId.random();
    public final FundingOpportunityId fund = FundingOpportunityId.random();
    public final BidId bid = BidId.random();
    public final AwardId award = AwardId.random();
    public final BidId lateBid = BidId.random();
    public final BidId decidedLater = BidId.random();
    public final AwardId lateAward = AwardId.random();
    public final CaseStudyId caseStudy = CaseStudyId.random();
    public final CaseStudyId lateCaseStudy = CaseStudyId.random();
    public final HarvestedOutcomeId outcome = HarvestedOutcomeId.random();
    public final HarvestedOutcomeId lateOutcome = HarvestedOutcomeId.random();
    public final LearningReviewId review = LearningReviewId.random();
    public final LearningReviewId lateReview = LearningReviewId.random();

    private final CommandGateway commands;

    public KnownOnStory(CommandGateway commands, String tag) {
        this.commands = commands;
        this.tag = tag;
    }

    public String name(String what) {
        return what + " " + tag;
    }

    /** Tells the whole story; returns itself for chaining. */
    public KnownOnStory tell() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        // first recorded on 10 June
        coordinator(FIRST, new RegisterOrganisation(council, name("Orchard Council"), OrganisationKind.LOCAL_AUTHORITY,
                STROUD, null, day));
        coordinator(FIRST, new RegisterPerson(officer, new PersonalDetails(name("Olive Officer"), null, null), day));
        coordinator(FIRST, new StartRole(officer, role, council, "Grants Officer", LocalDate.of(2020, 1, 6)));
        grace(FIRST, new LogConversation(conversation, Cast.GRACE, day, details(name("Orchards first ask")),
                List.of(new NewFollowUp(name("Send the orchard plan"), Party.organisation(Cast.GRACE),
                        LocalDate.of(2026, 6, 5))), Visibility.SHARED));
        grace(FIRST, new LogConversation(privateConversation, Cast.GRACE, day, details(name("Orchards private")),
                List.of(), Visibility.PRIVATE));
        coordinator(FIRST, new StartAdvocacyAction(advocacy, name("Keep the orchard"), "Orchard lease",
                Set.of(Cast.GRACE), council, Set.of(officer), day));
        coordinator(FIRST, new RecordFundingOpportunity(fund, council, name("Orchard Fund"), null, List.of(STROUD),
                day, null, null, day));
        coordinator(FIRST, new DraftBid(bid, fund, name("Orchard bid"), Cast.GRACE, List.of(), Pence.ofPounds(900),
                day));
        coordinator(FIRST, new SubmitBid(bid, day));
        coordinator(FIRST, new DecideBid(bid, DecisionOutcome.AWARDED, Pence.ofPounds(900), council, List.of(), null,
                day));
        coordinator(FIRST, new DraftBid(decidedLater, fund, name("Orchard second bid"), Cast.GRACE, List.of(),
                Pence.ofPounds(400), day));
        coordinator(FIRST, new SubmitBid(decidedLater, day));
        coordinator(FIRST, new RecordAward(award, bid, null, name("Orchard award"), null,
                List.of(Recipient.of(Cast.GRACE)), Pence.ofPounds(900), schedule(900), List.of(STROUD), day));
        coordinator(FIRST, new DraftCaseStudy(caseStudy, Cast.GRACE, name("Orchard story"), content("Growers"), day));
        coordinator(FIRST, new HarvestOutcome(outcome, statement(name("Orchard saved")), day));
        coordinator(FIRST, new OpenLearningReview(review, name("What saved the orchard?"),
                new DateRange(LocalDate.of(2026, 1, 1), day), ReviewScope.WHOLE_NETWORK, FIRST, day));

        // corrected on 20 June
        LocalDate later = LocalDate.of(2026, 6, 18);
        coordinator(LATER, new RenameOrganisation(council, name("Orchard Town Council"), later));
        coordinator(LATER, new EndRole(officer, role, "Moved on", later));
        grace(LATER, new AmendConversation(conversation, day, details(name("Orchards first ask, at the fair")),
                "It was at the fair"));
        coordinator(LATER, new TakeAdvocacyStep(advocacy, StepKind.MEETING, name("Met the clerk"),
                List.of(conversation), later));
        coordinator(LATER, new AmendAward(award, Pence.ofPounds(1_200), schedule(1_200), "Topped up", later));
        coordinator(LATER, new RecordDisbursement(award, DisbursementId.random(), "all", Pence.ofPounds(300),
                name("First payment"), later));
        coordinator(LATER, new DecideBid(decidedLater, DecisionOutcome.DECLINED, Pence.ZERO, council, List.of(),
                null, later));
        // done on 12 June, but only recorded on 20 June: as known on 15 June it is still overdue
        grace(LATER, new CompleteFollowUp(conversation, 1, Cast.GRACE, null, LocalDate.of(2026, 6, 12)));
        grace(LATER, new AddFollowUp(conversation, new NewFollowUp(name("Ring the clerk"),
                Party.organisation(Cast.GRACE), LocalDate.of(2026, 6, 8)), later));
        coordinator(LATER, new ReviseCaseStudy(caseStudy, name("Orchard story, revised"), content("Growers"),
                "Better title", later));
        coordinator(LATER, new RetractOutcome(outcome, "Not ours to claim", later));
        TimelineItem start = TimelineItem.of(conversation);
        coordinator(LATER, new PinItem(review, start, "It started here", FIRST, later));
        coordinator(LATER, new WriteFinding(review, "It began with one ask", List.of(start), later));
        coordinator(LATER, new CloseLearningReview(review, "Many hands", later));

        // first recorded on 20 June
        coordinator(LATER, new RegisterOrganisation(lateOrganisation, name("Late Parish"),
                OrganisationKind.LOCAL_AUTHORITY, STROUD, null, later));
        coordinator(LATER, new RegisterPerson(latePerson, new PersonalDetails(name("Larry Late"), null, null), later));
        grace(LATER, new LogConversation(lateConversation, Cast.GRACE, later, details(name("Orchards late talk")),
                List.of(), Visibility.SHARED));
        coordinator(LATER, new StartAdvocacyAction(lateAdvocacy, name("Plant more trees"), "Tree budget",
                Set.of(Cast.GRACE), council, Set.of(), later));
        coordinator(LATER, new DraftBid(lateBid, fund, name("Late bid"), Cast.GRACE, List.of(), Pence.ofPounds(50),
                later));
        coordinator(LATER, new RecordAward(lateAward, null, council, name("Late award"), null,
                List.of(Recipient.of(Cast.GRACE)), Pence.ofPounds(100), schedule(100), List.of(STROUD), later));
        coordinator(LATER, new DraftCaseStudy(lateCaseStudy, Cast.GRACE, name("Late story"), content("Pickers"),
                later));
        coordinator(LATER, new HarvestOutcome(lateOutcome, statement(name("Late outcome")), later));
        coordinator(LATER, new OpenLearningReview(lateReview, name("A late question?"),
                new DateRange(LocalDate.of(2026, 1, 1), later), ReviewScope.WHOLE_NETWORK, LATER, later));
        return this;
    }

    private List<SchedulePart> schedule(long pounds) {
        return List.of(new SchedulePart("all", "All of it", Cast.GRACE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31), Pence.ofPounds(pounds)));
    }

    private ConversationDetails details(String topic) {
        return new ConversationDetails(List.of(Party.organisation(Cast.GRACE), Party.organisation(council),
                Party.person(officer)), STROUD, Channel.MEETING, topic, "Notes on " + topic, List.of("An orchard"),
                Set.of(OutcomeArea.values()[0]));
    }

    private static CaseStudyContent content(String subject) {
        return new CaseStudyContent("A year in", subject, null, "Lonely", "Welcoming",
                List.of(new OutcomeNarrative(OutcomeArea.values()[0], "Better")), "Peer support", "More fruit");
    }

    private OutcomeStatement statement(String what) {
        return new OutcomeStatement(what, council, STROUD, "Matters", "We asked", List.of(OutcomeArea.values()[0]),
                List.of(Cast.GRACE), new Links(List.of(conversation), List.of(), List.of()));
    }

    private void coordinator(Instant at, Object command) {
        new Recorder("coordinator", Cast.GRACE, at).run(() -> commands.sendAndWait(command));
    }

    private void grace(Instant at, Object command) {
        new Recorder("grace", Cast.GRACE, at).run(() -> commands.sendAndWait(command));
    }
}
