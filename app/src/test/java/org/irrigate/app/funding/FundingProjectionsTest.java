package org.irrigate.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.support.EventFeed;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingEvent.AwardAmended;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.BidSubmitted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimChallenged;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.FundingEvent.DisbursementRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindContributionClaims;
import org.irrigate.funding.api.FundingQuery.FindFunderSummary;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunity;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.ClaimLine;
import org.irrigate.funding.api.FundingView.ContributionClaimView;
import org.irrigate.funding.api.FundingView.DecisionView;
import org.irrigate.funding.api.FundingView.FunderSummaryView;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.FundingView.OpportunityView;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.FundingView.SchedulePartView;
import org.irrigate.funding.api.MoneyDimension;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.ReopenGround;
import org.irrigate.funding.api.SchedulePart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feeds the funding module's events straight into the event store and reads the pipeline, the money read model, the
 * contribution claims and the funder summary built from them: revisions and reopened decisions replace what they
 * correct, withdrawals are kept apart, and every sum is exact to the penny.
 */
@IntegrationTest
class FundingProjectionsTest {
    static final LocalDate DAY = LocalDate.of(2023, 1, 10);

    @Autowired
    EventFeed feed;
    @Autowired
    QueryGateway queries;

    OrganisationId organisation(String name, OrganisationKind kind) {
        OrganisationId id = OrganisationId.random();
        feed.feed(id, new OrganisationRegistered(id, name, kind, null, null, DAY));
        return id;
    }

    /** A fresh funder with one opportunity, so pipeline and money rows keyed by funder are this test's alone. */
    record Fund(OrganisationId funder, FundingOpportunityId opportunity) {
    }

    Fund fund(String name) {
        OrganisationId funder = organisation(name, OrganisationKind.FUNDER);
        FundingOpportunityId opportunity = FundingOpportunityId.random();
        feed.feed(opportunity,
                new FundingOpportunityRecorded(opportunity, funder, "Thriving Places", new Pence(50_000_000),
                        List.of(new PlaceCode("E07000082")), DAY, DAY.plusMonths(2), null, DAY),
                new FundingOpportunityRevised(opportunity, funder, "Thriving Places", new Pence(75_000_001), DAY,
                        DAY.plusMonths(3), "Extended", "Pot and deadline changed", DAY.plusDays(5)));
        return new Fund(funder, opportunity);
    }

    @Test
    void pipelineFollowsRevisionsReopenedDecisionsAndWithdrawals() {
        Fund fund = fund("Pipeline Funder");
        OrganisationId lead = organisation("Pipeline Lead", OrganisationKind.COMMUNITY_ANCHOR);
        OrganisationId partner = organisation("Pipeline Partner", OrganisationKind.VOLUNTARY_ORGANISATION);
        BidId bid = BidId.random();
        BidId withdrawn = BidId.random();
        feed.feed(bid,
                new BidDrafted(bid, fund.opportunity(), fund.funder(), "Hubs", lead, List.of(), new Pence(1_000_000),
                        DAY.plusDays(6)),
                new BidRevised(bid, "Hubs", lead, List.of(partner), new Pence(1_234_567), "Partner joined",
                        DAY.plusDays(8)),
                new BidSubmitted(bid, "Hubs", lead, fund.funder(), new Pence(1_234_567), DAY.plusDays(9)),
                new BidDecided(bid, 1, "Hubs", lead, fund.funder(), DecisionOutcome.PARTLY_AWARDED,
                        new Pence(600_000), new Pence(1_234_567), fund.funder(), List.of(), "Half", DAY.plusDays(40)),
                new DecisionReopened(bid, 1, "Hubs", lead, fund.funder(), ReopenGround.APPEAL,
                        "Figures misread", DAY.plusDays(45)));
        assertThat(bid(bid).status()).isEqualTo(BidStatus.REOPENED);
        feed.feed(bid, new BidDecided(bid, 2, "Hubs", lead, fund.funder(), DecisionOutcome.AWARDED,
                new Pence(1_234_567), new Pence(1_234_567), fund.funder(), List.of(), "On appeal", DAY.plusDays(60)));
        feed.feed(withdrawn,
                new BidDrafted(withdrawn, fund.opportunity(), fund.funder(), "Vans", partner, List.of(),
                        new Pence(250_001), DAY.plusDays(7)),
                new BidWithdrawn(withdrawn, "Vans", partner, fund.funder(), "Bought second-hand", DAY.plusDays(20)));

        OpportunityView opportunity = QueryAnswers.one(queries, new FindFundingOpportunity(fund.opportunity()),
                OpportunityView.class, "opportunity", fund.opportunity());
        assertThat(opportunity.totalPot()).isEqualTo(new Pence(75_000_001));
        assertThat(opportunity.closesOn()).isEqualTo(DAY.plusMonths(3));
        assertThat(opportunity.places()).containsExactly(new PlaceCode("E07000082"));

        BidView decided = bid(bid);
        assertThat(decided.title()).isEqualTo("Hubs");
        assertThat(decided.partners()).containsExactly(partner);
        assertThat(decided.amountRequested()).isEqualTo(new Pence(1_234_567));
        assertThat(decided.status()).isEqualTo(BidStatus.AWARDED);
        assertThat(decided.submittedOn()).isEqualTo(DAY.plusDays(9));
        assertThat(decided.decisions()).extracting(DecisionView::decisionNumber, DecisionView::outcome,
                        DecisionView::amount, DecisionView::reopenedBy, DecisionView::reopenReason)
                .containsExactly(tuple(1, DecisionOutcome.PARTLY_AWARDED, new Pence(600_000), ReopenGround.APPEAL,
                                "Figures misread"),
                        tuple(2, DecisionOutcome.AWARDED, new Pence(1_234_567), null, null));
        BidView gone = bid(withdrawn);
        assertThat(gone.status()).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(gone.withdrawnOn()).isEqualTo(DAY.plusDays(20));
        assertThat(gone.withdrawalReason()).isEqualTo("Bought second-hand");

        assertThat(QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class).stream()
                .filter(row -> row.funder().equals(fund.funder())))
                .extracting(PipelineRow::status, PipelineRow::bids, PipelineRow::requested, PipelineRow::decided)
                .containsExactlyInAnyOrder(tuple(BidStatus.AWARDED, 1, new Pence(1_234_567), new Pence(1_234_567)),
                        tuple(BidStatus.WITHDRAWN, 1, new Pence(250_001), Pence.ZERO));
    }

    @Test
    void moneyAddsUpAmendedSchedulesAndPaymentsToThePenny() {
        Fund fund = fund("Money Funder");
        OrganisationId anchor = organisation("Money Anchor", OrganisationKind.COMMUNITY_ANCHOR);
        OrganisationId benches = organisation("Money Benches", OrganisationKind.UNCONSTITUTED_GROUP);
        AwardId award = AwardId.random();
        SchedulePart hubs = new SchedulePart("hubs", "Hubs 2023", anchor, DAY, DAY.plusMonths(12), new Pence(900_001));
        SchedulePart group = new SchedulePart("benches", "Benches", benches, DAY, DAY, new Pence(99_999));
        DisbursementId payment = DisbursementId.random();
        feed.feed(award,
                new AwardRecorded(award, null, fund.funder(), "Hubs award", "Two hubs", List.of(Recipient.of(anchor),
                        new Recipient(benches, anchor)), new Pence(1_000_000), List.of(hubs, group),
                        List.of(new PlaceCode("E07000082")), DAY.plusDays(61)),
                new AwardAmended(award, "Hubs award", fund.funder(), new Pence(1_000_000), new Pence(1_100_000),
                        List.of(new SchedulePart("hubs", "Hubs 2023", anchor, DAY, DAY.plusMonths(12),
                                new Pence(1_000_001)), group), "Top-up", DAY.plusDays(90)),
                new DisbursementRecorded(award, payment, "Hubs award", "benches", fund.funder(), benches, anchor,
                        new Pence(33_333), new Pence(66_666), new Pence(1_066_667), "BACS-1", DAY.plusDays(95)));

        AwardView view = QueryAnswers.one(queries, new FindAward(award), AwardView.class, "award", award);
        assertThat(view.total()).isEqualTo(new Pence(1_100_000));
        assertThat(view.paid()).isEqualTo(new Pence(33_333));
        assertThat(view.remaining()).isEqualTo(new Pence(1_066_667));
        assertThat(view.schedule()).extracting(SchedulePartView::key, SchedulePartView::amount, SchedulePartView::paid,
                        SchedulePartView::remaining)
                .containsExactlyInAnyOrder(tuple("hubs", new Pence(1_000_001), Pence.ZERO, new Pence(1_000_001)),
                        tuple("benches", new Pence(99_999), new Pence(33_333), new Pence(66_666)));
        assertThat(view.disbursements()).singleElement().satisfies(d -> {
            assertThat(d.paidTo()).isEqualTo(anchor);
            assertThat(d.recipient()).isEqualTo(benches);
            assertThat(d.reference()).isEqualTo("BACS-1");
        });
        assertThat(view.amendments()).singleElement().satisfies(a -> {
            assertThat(a.previousTotal()).isEqualTo(new Pence(1_000_000));
            assertThat(a.reason()).isEqualTo("Top-up");
        });
        assertThat(money(MoneyDimension.FUNDER, fund.funder().toString()))
                .isEqualTo(new MoneyRow(fund.funder().toString(), new Pence(1_100_000), new Pence(1_100_000),
                        new Pence(33_333)));
        assertThat(money(MoneyDimension.RECIPIENT, benches.toString()))
                .isEqualTo(new MoneyRow(benches.toString(), new Pence(99_999), new Pence(99_999), new Pence(33_333)));
        assertThat(money(MoneyDimension.RECIPIENT, anchor.toString()).scheduled()).isEqualTo(new Pence(1_000_001));
    }

    @Test
    void contributionClaimsKeepChallengesAndWithdrawalsAndTheFunderSummaryShowsThem() {
        Fund fund = fund("Claims Funder");
        OrganisationId lead = organisation("Claims Lead", OrganisationKind.COMMUNITY_ANCHOR);
        OrganisationId sceptic = organisation("Claims Sceptic", OrganisationKind.VOLUNTARY_ORGANISATION);
        AwardId award = AwardId.random();
        feed.feed(award, new AwardRecorded(award, null, fund.funder(), "Claims award", null,
                List.of(Recipient.of(lead)), new Pence(500_000),
                List.of(new SchedulePart("all", "All", lead, DAY, DAY, new Pence(500_000))), List.of(), DAY));
        ContributionClaimId standing = ContributionClaimId.random();
        ContributionClaimId challenged = ContributionClaimId.random();
        ContributionClaimId withdrawn = ContributionClaimId.random();
        ConversationId conversation = ConversationId.random();
        RelationshipId relationship = RelationshipId.random();
        feed.feed(standing, new ContributionClaimed(standing, ContributingWork.of(conversation), null, award,
                ContributionStrength.SOME, "Raised it first", "Minutes", lead, DAY.plusDays(1)));
        feed.feed(challenged, new ContributionClaimed(challenged, ContributingWork.of(relationship), null, award,
                        ContributionStrength.ESSENTIAL, "Trusted by the funder", "Funder letter", lead, DAY.plusDays(2)),
                new ContributionClaimChallenged(challenged, sceptic, "The funder knew us already", DAY.plusDays(3)));
        feed.feed(withdrawn, new ContributionClaimed(withdrawn, ContributingWork.of(conversation), null, award,
                        ContributionStrength.SIGNIFICANT, "Second talk", "Notes", lead, DAY.plusDays(2)),
                new ContributionClaimWithdrawn(withdrawn, lead, "Counted twice", DAY.plusDays(4)));

        List<ContributionClaimView> claims = QueryAnswers.list(queries, new FindContributionClaims(award, null, null),
                ContributionClaimView.class);
        assertThat(claims).extracting(ContributionClaimView::contributionClaimId, ContributionClaimView::status)
                .containsExactlyInAnyOrder(tuple(standing, ClaimStatus.STANDING),
                        tuple(challenged, ClaimStatus.CHALLENGED), tuple(withdrawn, ClaimStatus.WITHDRAWN));
        assertThat(claims).filteredOn(c -> c.contributionClaimId().equals(withdrawn)).singleElement()
                .satisfies(c -> {
                    assertThat(c.withdrawalReason()).isEqualTo("Counted twice");
                    assertThat(c.withdrawnOn()).isEqualTo(DAY.plusDays(4));
                });
        assertThat(QueryAnswers.list(queries, new FindContributionClaims(null, null, conversation.value()),
                ContributionClaimView.class)).hasSize(2);

        FunderSummaryView summary = QueryAnswers.one(queries, new FindFunderSummary(award), FunderSummaryView.class,
                "award", award);
        assertThat(summary.funder()).isEqualTo("Claims Funder");
        assertThat(summary.total()).isEqualTo(new Pence(500_000));
        assertThat(summary.remaining()).isEqualTo(new Pence(500_000));
        assertThat(summary.withdrawnClaims()).isEqualTo(1);
        assertThat(summary.contributions()).as("strongest first; withdrawn left out")
                .extracting(ClaimLine::contributionClaimId, ClaimLine::status, ClaimLine::claimedBy)
                .containsExactly(tuple(challenged, ClaimStatus.CHALLENGED, "Claims Lead"),
                        tuple(standing, ClaimStatus.STANDING, "Claims Lead"));
        assertThat(summary.contributions().getFirst().challenges())
                .containsExactly("Claims Sceptic (" + DAY.plusDays(3) + "): The funder knew us already");
    }

    private BidView bid(BidId id) {
        return QueryAnswers.one(queries, new FindBid(id), BidView.class, "bid", id);
    }

    private MoneyRow money(MoneyDimension by, String key) {
        return QueryAnswers.list(queries, new FindMoney(by), MoneyRow.class).stream()
                .filter(row -> row.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }
}
