package org.irrigate.app.knownon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.journey.Moment;
import org.irrigate.app.pages.PipelineStage;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindPerson;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.Viewer;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudy;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcome;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReview;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.ReviewStatus;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.MoneyDimension;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Records folded from their own streams up to a record time: the first versions before a correction, nothing begun
 * later, private records only for their organisation and the coordinator; and folding every event gives exactly the
 * view the module's read model gives, so a page shows a record as known then just as it shows it now. The same for
 * what the dashboard adds up: follow-ups overdue on a day, the pipeline and money by year.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnownRecordsTest {
    static final Viewer COORDINATOR = new Viewer("coordinator", Cast.GRACE, true);
    static final Viewer RESEARCHER = new Viewer("researcher", Cast.CTP, false);

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Await await;
    @Autowired
    KnownDirectory directory;
    @Autowired
    KnownInfluence influence;
    @Autowired
    KnownFunding funding;
    @Autowired
    KnownEvidence evidence;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService members;

    KnownOnStory story;
    Instant between = Moment.knownOn(KnownOnStory.BETWEEN);

    @BeforeAll
    void tell() {
        story = new KnownOnStory(commands, "kr" + System.nanoTime()).tell();
        await.projections();
    }

    @Test
    void asKnownBetweenTheFirstEntriesAndTheCorrectionsTheFirstVersionsShow() {
        assertThat(directory.organisation(story.council, between, RESEARCHER).name())
                .isEqualTo(story.name("Orchard Council"));
        PersonView officer = directory.person(story.officer, between, RESEARCHER);
        assertThat(officer.roles()).singleElement().satisfies(r -> {
            assertThat(r.to()).isNull();
            assertThat(r.organisationName()).isEqualTo(story.name("Orchard Council"));
        });
        ConversationView talk = influence.conversation(story.conversation, between, RESEARCHER);
        assertThat(talk.topic()).isEqualTo(story.name("Orchards first ask"));
        assertThat(talk.corrections()).isZero();
        assertThat(influence.advocacyAction(story.advocacy, between, RESEARCHER).steps()).isEmpty();
        AwardView award = funding.award(story.award, between, RESEARCHER);
        assertThat(award.total().value()).isEqualTo(90_000);
        assertThat(award.amendments()).isEmpty();
        assertThat(award.programme()).isEqualTo(story.name("Orchard Fund"));
        assertThat(funding.summary(award, between, RESEARCHER).funder()).isEqualTo(story.name("Orchard Council"));
        assertThat(evidence.caseStudy(story.caseStudy, between, RESEARCHER).title())
                .isEqualTo(story.name("Orchard story"));
        assertThat(evidence.harvest(between, RESEARCHER)).filteredOn(h -> h.harvestedOutcomeId().equals(story.outcome))
                .singleElement().extracting(HarvestedOutcomeView::status).isEqualTo(HarvestStatus.HARVESTED);
        assertThat(evidence.review(story.review, between, RESEARCHER).status()).isEqualTo(ReviewStatus.OPEN);
    }

    @Test
    void recordsBegunLaterAreNotThere() {
        assertThat(directory.organisation(story.lateOrganisation, between, RESEARCHER)).isNull();
        assertThat(directory.organisations(story.tag, null, false, between, RESEARCHER))
                .extracting(OrganisationView::organisationId).containsExactly(story.council);
        assertThat(directory.people(between, RESEARCHER)).extracting(PersonView::personId)
                .contains(story.officer).doesNotContain(story.latePerson);
        assertThat(influence.conversations(null, null, story.tag, between, RESEARCHER))
                .extracting(ConversationView::conversationId).containsExactly(story.conversation);
        assertThat(influence.board(null, between, RESEARCHER).columns()).flatExtracting(c -> c.actions())
                .extracting(a -> ((AdvocacyActionView) a).advocacyActionId())
                .contains(story.advocacy).doesNotContain(story.lateAdvocacy);
        assertThat(funding.bids(between, RESEARCHER)).extracting(BidView::bidId)
                .contains(story.bid).doesNotContain(story.lateBid);
        assertThat(evidence.caseStudies(between, RESEARCHER)).extracting(CaseStudyView::caseStudyId)
                .contains(story.caseStudy).doesNotContain(story.lateCaseStudy);
        assertThat(evidence.harvest(between, RESEARCHER)).extracting(HarvestedOutcomeView::harvestedOutcomeId)
                .contains(story.outcome).doesNotContain(story.lateOutcome);
        assertThat(evidence.reviews(between, RESEARCHER)).extracting(LearningReviewView::learningReviewId)
                .contains(story.review).doesNotContain(story.lateReview);
        // and before anything of the story was recorded, none of it
        assertThat(directory.organisations(story.tag, null, false, Moment.knownOn("2026-06-01"), RESEARCHER)).isEmpty();
    }

    @Test
    void aPrivateConversationIsOnlyForItsOrganisationAndTheCoordinator() {
        Viewer grace = new Viewer("grace", Cast.GRACE, false);
        assertThat(influence.conversation(story.privateConversation, between, RESEARCHER)).isNull();
        assertThat(influence.conversation(story.privateConversation, between, grace)).isNotNull();
        assertThat(influence.conversation(story.privateConversation, between, COORDINATOR)).isNotNull();
        assertThat(influence.conversations(null, null, story.tag, between, RESEARCHER))
                .extracting(ConversationView::conversationId).doesNotContain(story.privateConversation);
        assertThat(influence.conversations(null, null, story.tag, between, grace))
                .extracting(ConversationView::conversationId).contains(story.privateConversation);
    }

    @Test
    void foldingEveryEventGivesTheReadModelsView() {
        Instant now = Instant.now();
        assertThat(directory.organisation(story.council, now, RESEARCHER))
                .isEqualTo(one(new FindOrganisation(story.council), OrganisationView.class));
        assertThat(directory.person(story.officer, now, RESEARCHER))
                .isEqualTo(one(new FindPerson(story.officer), PersonView.class));
        assertThat(influence.conversation(story.conversation, now, RESEARCHER))
                .isEqualTo(one(new FindConversation(story.conversation, RESEARCHER), ConversationView.class));
        assertThat(influence.advocacyAction(story.advocacy, now, RESEARCHER))
                .isEqualTo(one(new FindAdvocacyAction(story.advocacy, RESEARCHER), AdvocacyActionView.class));
        assertThat(funding.award(story.award, now, RESEARCHER))
                .isEqualTo(one(new FindAward(story.award), AwardView.class));
        assertThat(funding.bids(now, RESEARCHER)).filteredOn(b -> b.bidId().equals(story.bid))
                .containsExactly(one(new FindBid(story.bid), BidView.class));
        assertThat(evidence.caseStudy(story.caseStudy, now, RESEARCHER))
                .isEqualTo(one(new FindCaseStudy(story.caseStudy), CaseStudyView.class));
        assertThat(evidence.harvest(now, RESEARCHER)).filteredOn(h -> h.harvestedOutcomeId().equals(story.outcome))
                .containsExactly(one(new FindHarvestedOutcome(story.outcome), HarvestedOutcomeView.class));
        assertThat(evidence.review(story.review, now, RESEARCHER))
                .isEqualTo(one(new FindLearningReview(story.review), LearningReviewView.class));
    }

    @Test
    void asKnownOnADayFollowUpsArePipelineAndMoneyAsThenRecorded() {
        // the completion, done on 12 June, was recorded on 20 June; the second follow-up was added on 20 June
        assertThat(influence.followUps(FollowUpStatus.OVERDUE, null, between, RESEARCHER))
                .filteredOn(f -> f.conversationId().equals(story.conversation))
                .extracting(FollowUpView::action).containsExactly(story.name("Send the orchard plan"));
        assertThat(influence.followUps(null, null, Instant.now(), RESEARCHER))
                .filteredOn(f -> f.conversationId().equals(story.conversation))
                .extracting(FollowUpView::number, FollowUpView::status)
                .containsExactly(tuple(1, FollowUpStatus.DONE), tuple(2, FollowUpStatus.OVERDUE));

        assertThat(PipelineRow.addUp(funding.bids(between, RESEARCHER))).filteredOn(r -> r.funder().equals(story.council))
                .containsExactly(new PipelineRow(BidStatus.SUBMITTED, story.council, 1, Pence.ofPounds(400), Pence.ZERO),
                        new PipelineRow(BidStatus.AWARDED, story.council, 1, Pence.ofPounds(900), Pence.ofPounds(900)));
        assertThat(PipelineRow.addUp(funding.bids(Instant.now(), RESEARCHER)))
                .filteredOn(r -> r.funder().equals(story.council)).extracting(PipelineRow::status)
                .containsExactly(BidStatus.DRAFT, BidStatus.AWARDED, BidStatus.DECLINED);

        String council = story.council.toString();
        assertThat(MoneyRow.addUp(MoneyDimension.FUNDER, funding.awards(between, RESEARCHER)))
                .filteredOn(r -> r.key().equals(council))
                .containsExactly(new MoneyRow(council, Pence.ofPounds(900), Pence.ofPounds(900), Pence.ZERO));
        assertThat(MoneyRow.addUp(MoneyDimension.FUNDER, funding.awards(Instant.now(), RESEARCHER)))
                .filteredOn(r -> r.key().equals(council))
                .containsExactly(new MoneyRow(council, Pence.ofPounds(1_300), Pence.ofPounds(1_300),
                        Pence.ofPounds(300)));
    }

    @Test
    void foldingEveryEventGivesTheLiveFollowUpsPipelineAndMoney() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (FollowUpStatus status : new FollowUpStatus[] {null, FollowUpStatus.OVERDUE}) {
            assertThat(influence.followUps(status, null, now, RESEARCHER)).as("follow-ups " + status)
                    .containsExactlyInAnyOrderElementsOf(QueryAnswers.list(queries,
                            new FindFollowUps(status, null, today, RESEARCHER), FollowUpView.class));
        }
        assertThat(PipelineRow.addUp(funding.bids(now, RESEARCHER)))
                .isEqualTo(QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class));
        List<AwardView> awards = funding.awards(now, RESEARCHER);
        for (MoneyDimension by : MoneyDimension.values()) {
            assertThat(MoneyRow.addUp(by, awards)).as("money by " + by)
                    .isEqualTo(QueryAnswers.list(queries, new FindMoney(by), MoneyRow.class));
        }
    }

    /**
     * The dashboard as known on 15 June against as known on 9 June, before anything of the story was recorded: the
     * difference is what the story's first entries added (nothing else in the shared store was recorded between).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theDashboardAsKnownOnADayAddsUpOnlyWhatHadBeenRecordedByThen() throws Exception {
        Map<String, Object> before = dashboard("2026-06-09");
        Map<String, Object> then = dashboard(KnownOnStory.BETWEEN);

        assertThat((List<FollowUpView>) then.get("overdue")).filteredOn(f -> f.conversationId().equals(story.conversation))
                .extracting(FollowUpView::action).containsExactly(story.name("Send the orchard plan"));
        assertThat(stage(then, BidStatus.SUBMITTED)).isEqualTo(plus(stage(before, BidStatus.SUBMITTED), 1, 400, 0));
        assertThat(stage(then, BidStatus.AWARDED)).isEqualTo(plus(stage(before, BidStatus.AWARDED), 1, 900, 900));
        assertThat(stage(then, BidStatus.DRAFT)).isEqualTo(stage(before, BidStatus.DRAFT));
        assertThat(stage(then, BidStatus.DECLINED)).isEqualTo(stage(before, BidStatus.DECLINED));
        assertThat(year(then, "2026")).isEqualTo(new long[] {year(before, "2026")[0] + 90_000,
                year(before, "2026")[1] + 90_000, year(before, "2026")[2]});
        assertThat(then.get("chart")).isNotEqualTo(before.get("chart"));

        // today's dashboard is the read models' answer, the story's later entries included
        Map<String, Object> now = dashboard(null);
        assertThat((List<FollowUpView>) now.get("overdue")).filteredOn(f -> f.conversationId().equals(story.conversation))
                .extracting(FollowUpView::action).containsExactly(story.name("Ring the clerk"));
        assertThat(now.get("years")).isEqualTo(QueryAnswers.list(queries, new FindMoney(MoneyDimension.YEAR),
                MoneyRow.class));
    }

    private Map<String, Object> dashboard(String knownOn) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var researcher = user(members.loadUserByUsername("researcher"));
        if (knownOn != null) {
            mvc.perform(post("/known-on").param("day", knownOn).session(session).with(researcher).with(csrf()));
        }
        return mvc.perform(get("/").session(session).with(researcher)).andReturn().getModelAndView().getModel();
    }

    /** A pipeline stage's bids, pence asked and pence decided; zeros for a stage with no bids. */
    @SuppressWarnings("unchecked")
    private static long[] stage(Map<String, Object> dashboard, BidStatus status) {
        return ((List<PipelineStage>) dashboard.get("pipeline")).stream().filter(s -> s.status() == status)
                .map(s -> new long[] {s.bids(), s.requested().value(), s.decided().value()})
                .findFirst().orElse(new long[3]);
    }

    private static long[] plus(long[] stage, long bids, long askedPounds, long decidedPounds) {
        return new long[] {stage[0] + bids, stage[1] + askedPounds * 100, stage[2] + decidedPounds * 100};
    }

    /** A year's pence awarded, scheduled and paid; zeros for a year with no money. */
    @SuppressWarnings("unchecked")
    private static long[] year(Map<String, Object> dashboard, String key) {
        return ((List<MoneyRow>) dashboard.get("years")).stream().filter(r -> r.key().equals(key))
                .map(r -> new long[] {r.awarded().value(), r.scheduled().value(), r.paid().value()})
                .findFirst().orElse(new long[3]);
    }

    private <T> T one(Object query, Class<T> type) {
        return QueryAnswers.find(queries, query, type).orElseThrow();
    }
}
