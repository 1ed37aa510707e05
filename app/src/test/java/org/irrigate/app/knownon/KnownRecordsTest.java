package org.irrigate.app.knownon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.journey.Moment;
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
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Records folded from their own streams up to a record time: the first versions before a correction, nothing begun
 * later, private records only for their organisation and the coordinator; and folding every event gives exactly the
 * view the module's read model gives, so a page shows a record as known then just as it shows it now.
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

    private <T> T one(Object query, Class<T> type) {
        return QueryAnswers.find(queries, query, type).orElseThrow();
    }
}
