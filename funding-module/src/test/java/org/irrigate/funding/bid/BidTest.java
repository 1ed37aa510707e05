package org.irrigate.funding.bid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.funding.StubFundingFacts;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.ReopenDecision;
import org.irrigate.funding.api.FundingCommand.ReviseBid;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.FundingCommand.WithdrawBid;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.BidSubmitted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.ReopenGround;
import org.irrigate.funding.facts.FundingFacts.Opportunity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BidTest {
    static final BidId ID = BidId.random();
    static final FundingOpportunityId FUND = FundingOpportunityId.random();
    static final OrganisationId COUNTY = OrganisationId.random();
    static final OrganisationId GGT = OrganisationId.random();
    static final List<OrganisationId> PARTNERS = IntStream.range(0, 32).mapToObj(i -> OrganisationId.random()).toList();
    static final PersonId OFFICER = PersonId.random();
    static final LocalDate DRAFTED = LocalDate.of(2023, 10, 2);
    static final LocalDate SUBMITTED = LocalDate.of(2023, 11, 20);
    static final LocalDate DECIDED = LocalDate.of(2024, 2, 12);
    static final LocalDate CLOSES = LocalDate.of(2023, 11, 30);
    static final Pence ASKED = Pence.ofPounds(3_200_000);
    static final String TITLE = "Open access youth services, Gloucester and Forest of Dean";

    static final BidDrafted DRAFT = new BidDrafted(ID, FUND, COUNTY, TITLE, GGT, PARTNERS, ASKED, DRAFTED);
    static final BidSubmitted SUBMIT = new BidSubmitted(ID, TITLE, GGT, COUNTY, ASKED, SUBMITTED);

    AggregateTestFixture<Bid> fixture;
    StubFundingFacts facts;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bid.class);
        facts = new StubFundingFacts().with(FUND, new Opportunity(COUNTY, "Youth services", Pence.ofPounds(4_000_000),
                CLOSES));
        fixture.registerInjectableResource(facts);
    }

    static BidDecided decided(int number, DecisionOutcome outcome, Pence amount, LocalDate on) {
        return new BidDecided(ID, number, TITLE, GGT, COUNTY, outcome, amount, ASKED, COUNTY, List.of(OFFICER), null,
                on);
    }

    @Test
    void draftsWithThirtyTwoPartnersAndTheFundersIdFromTheFund() {
        fixture.givenNoPriorActivity()
                .when(new DraftBid(ID, FUND, TITLE, GGT, PARTNERS, ASKED, DRAFTED))
                .expectEvents(DRAFT);
    }

    @Test
    void aDraftNeedsAKnownFund() {
        fixture.givenNoPriorActivity()
                .when(new DraftBid(ID, FundingOpportunityId.random(), TITLE, GGT, PARTNERS, ASKED, DRAFTED))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void aDraftNeedsATitleALeadAndAnAmount() {
        fixture.givenNoPriorActivity().when(new DraftBid(ID, FUND, " ", GGT, PARTNERS, ASKED, DRAFTED))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftBid(ID, FUND, TITLE, null, PARTNERS, ASKED, DRAFTED))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(new DraftBid(ID, FUND, TITLE, GGT, PARTNERS, Pence.ZERO, DRAFTED))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be more than zero");
    }

    @Test
    void theLeadIsNotAlsoAPartnerAndPartnersAreNamedOnce() {
        List<OrganisationId> withLead = new ArrayList<>(PARTNERS);
        withLead.add(GGT);
        fixture.givenNoPriorActivity().when(new DraftBid(ID, FUND, TITLE, GGT, withLead, ASKED, DRAFTED))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not include the lead organisation");
        fixture.givenNoPriorActivity()
                .when(new DraftBid(ID, FUND, TITLE, GGT, List.of(PARTNERS.get(0), PARTNERS.get(0)), ASKED, DRAFTED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aBidAsksNoMoreThanThePot() {
        fixture.givenNoPriorActivity()
                .when(new DraftBid(ID, FUND, TITLE, GGT, PARTNERS, Pence.ofPounds(4_000_001), DRAFTED))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be more than the fund's total pot (£4,000,000.00)");
    }

    @Test
    void aDraftCanBeRevised() {
        List<OrganisationId> fewer = PARTNERS.subList(0, 31);
        fixture.given(DRAFT)
                .when(new ReviseBid(ID, fewer, Pence.ofPounds(3_000_000), "One partner left", DRAFTED.plusDays(3)))
                .expectEvents(new BidRevised(ID, TITLE, GGT, fewer, Pence.ofPounds(3_000_000), "One partner left",
                        DRAFTED.plusDays(3)));
    }

    @Test
    void onlyADraftIsRevisedAndOnlyWithAChange() {
        fixture.given(DRAFT, SUBMIT)
                .when(new ReviseBid(ID, PARTNERS, ASKED, "late change", SUBMITTED))
                .expectException(ConflictException.class);
        fixture.given(DRAFT)
                .when(new ReviseBid(ID, PARTNERS, ASKED, "nothing", DRAFTED))
                .expectException(ConflictException.class).expectExceptionMessage("The revision changes nothing");
        fixture.given(DRAFT)
                .when(new ReviseBid(ID, PARTNERS, Pence.ofPounds(5_000_000), "more", DRAFTED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void submits() {
        fixture.given(DRAFT).when(new SubmitBid(ID, SUBMITTED)).expectEvents(SUBMIT);
    }

    @Test
    void submittedOnceNotBeforeTheDraftAndNotAfterTheFundCloses() {
        fixture.given(DRAFT, SUBMIT).when(new SubmitBid(ID, SUBMITTED))
                .expectException(ConflictException.class).expectExceptionMessage(
                        "Only a draft bid can be submitted; this bid is SUBMITTED");
        fixture.given(DRAFT).when(new SubmitBid(ID, DRAFTED.minusDays(1)))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFT).when(new SubmitBid(ID, CLOSES.plusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be after the fund closed (2023-11-30)");
    }

    @Test
    void withdraws() {
        fixture.given(DRAFT, SUBMIT)
                .when(new WithdrawBid(ID, "Partnership could not agree", SUBMITTED.plusDays(5)))
                .expectEvents(new BidWithdrawn(ID, TITLE, GGT, COUNTY, "Partnership could not agree",
                        SUBMITTED.plusDays(5)));
    }

    @Test
    void aDecidedOrWithdrawnBidCannotBeWithdrawn() {
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.AWARDED, ASKED, DECIDED))
                .when(new WithdrawBid(ID, "too late", DECIDED))
                .expectException(ConflictException.class);
        fixture.given(DRAFT, new BidWithdrawn(ID, TITLE, GGT, COUNTY, "x", DRAFTED))
                .when(new WithdrawBid(ID, "again", DRAFTED))
                .expectException(ConflictException.class);
        fixture.given(DRAFT).when(new WithdrawBid(ID, " ", DRAFTED)).expectException(InvalidInputException.class);
    }

    @Test
    void decidesAward() {
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, List.of(OFFICER), null, DECIDED))
                .expectEvents(decided(1, DecisionOutcome.AWARDED, ASKED, DECIDED));
    }

    @Test
    void decidesPartlyAndDeclines() {
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.PARTLY_AWARDED, Pence.ofPounds(1_000_000), COUNTY,
                        List.of(OFFICER), null, DECIDED))
                .expectEvents(decided(1, DecisionOutcome.PARTLY_AWARDED, Pence.ofPounds(1_000_000), DECIDED));
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.DECLINED, null, COUNTY, List.of(OFFICER), null, DECIDED))
                .expectEvents(decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED));
    }

    @Test
    void theAmountMatchesTheOutcome() {
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, Pence.ofPounds(1), COUNTY, null, null, DECIDED))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.PARTLY_AWARDED, ASKED, COUNTY, null, null, DECIDED))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.PARTLY_AWARDED, Pence.ZERO, COUNTY, null, null, DECIDED))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.DECLINED, Pence.ofPounds(1), COUNTY, null, null, DECIDED))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be zero when the bid is declined");
    }

    @Test
    void aDecisionNeedsAnOutcomeAndADecisionMaker() {
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, null, ASKED, COUNTY, null, null, DECIDED))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, null, null, null, DECIDED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void onlyASubmittedBidGetsADecision() {
        fixture.given(DRAFT)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, null, null, DECIDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Only a submitted bid gets a decision; this bid is still a draft")
                .expectNoEvents();
        fixture.given(DRAFT, SUBMIT, new BidWithdrawn(ID, TITLE, GGT, COUNTY, "x", SUBMITTED))
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, null, null, DECIDED))
                .expectException(ConflictException.class).expectExceptionMessage("The bid was withdrawn; it gets no decision");
    }

    @Test
    void aDecisionIsNotBeforeTheSubmission() {
        fixture.given(DRAFT, SUBMIT)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, null, null, SUBMITTED.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void oneDecisionPerBid() {
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED))
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, null, null, DECIDED.plusDays(1)))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The bid already has a decision; an appeal or amendment must reopen it first");
    }

    @Test
    void anAppealReopensTheDecisionForExactlyOneMore() {
        DecisionReopened appeal = new DecisionReopened(ID, 1, TITLE, GGT, COUNTY, ReopenGround.APPEAL,
                "Scoring error", DECIDED.plusDays(10));
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED))
                .when(new ReopenDecision(ID, ReopenGround.APPEAL, "Scoring error", DECIDED.plusDays(10)))
                .expectEvents(appeal);
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED), appeal)
                .when(new DecideBid(ID, DecisionOutcome.AWARDED, ASKED, COUNTY, List.of(OFFICER), null,
                        DECIDED.plusDays(30)))
                .expectEvents(decided(2, DecisionOutcome.AWARDED, ASKED, DECIDED.plusDays(30)));
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED), appeal,
                        decided(2, DecisionOutcome.AWARDED, ASKED, DECIDED.plusDays(30)))
                .when(new DecideBid(ID, DecisionOutcome.DECLINED, null, COUNTY, null, null, DECIDED.plusDays(40)))
                .expectException(ConflictException.class);
    }

    @Test
    void anAmendmentReopensToo() {
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.PARTLY_AWARDED, Pence.ofPounds(1_000_000), DECIDED))
                .when(new ReopenDecision(ID, ReopenGround.AMENDMENT, "Council found more money", DECIDED.plusDays(60)))
                .expectEvents(new DecisionReopened(ID, 1, TITLE, GGT, COUNTY, ReopenGround.AMENDMENT,
                        "Council found more money", DECIDED.plusDays(60)));
    }

    @Test
    void onlyADecisionCanBeReopenedOnceAtATime() {
        fixture.given(DRAFT, SUBMIT)
                .when(new ReopenDecision(ID, ReopenGround.APPEAL, "no decision yet", SUBMITTED))
                .expectException(ConflictException.class);
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED),
                        new DecisionReopened(ID, 1, TITLE, GGT, COUNTY, ReopenGround.APPEAL, "x", DECIDED))
                .when(new ReopenDecision(ID, ReopenGround.APPEAL, "again", DECIDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The decision is already reopened; record the new decision");
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED))
                .when(new ReopenDecision(ID, null, "why", DECIDED))
                .expectException(InvalidInputException.class);
        fixture.given(DRAFT, SUBMIT, decided(1, DecisionOutcome.DECLINED, Pence.ZERO, DECIDED))
                .when(new ReopenDecision(ID, ReopenGround.APPEAL, "before", DECIDED.minusDays(1)))
                .expectException(InvalidInputException.class);
    }
}
