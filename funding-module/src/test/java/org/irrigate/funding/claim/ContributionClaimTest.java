package org.irrigate.funding.claim;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.FundingCommand.ChallengeContributionClaim;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.WithdrawContributionClaim;
import org.irrigate.funding.api.FundingEvent.ContributionClaimChallenged;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContributionClaimTest {
    static final ContributionClaimId ID = ContributionClaimId.random();
    static final AwardId AWARD = AwardId.random();
    static final BidId BID = BidId.random();
    static final ContributingWork ADVOCACY = ContributingWork.of(AdvocacyActionId.random());
    static final OrganisationId GRACE = OrganisationId.random();
    static final OrganisationId GL11 = OrganisationId.random();
    static final LocalDate DAY = LocalDate.of(2023, 4, 20);
    static final ContributionClaimed CLAIMED = new ContributionClaimed(ID, ADVOCACY, null, AWARD,
            ContributionStrength.ESSENTIAL, "The 10% ask became council policy", "Cabinet minutes, 20 March 2023",
            GRACE, DAY);

    AggregateTestFixture<ContributionClaim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContributionClaim.class);
    }

    @Test
    void claimsThatWorkContributedToAnAward() {
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, null, AWARD, ContributionStrength.ESSENTIAL,
                        "The 10% ask became council policy", "Cabinet minutes, 20 March 2023", GRACE, DAY))
                .expectEvents(CLAIMED);
    }

    @Test
    void orToADecisionOnABid() {
        ContributingWork conversation = ContributingWork.of(ConversationId.random());
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, conversation, BID, null, ContributionStrength.SOME, "why", "notes",
                        GL11, DAY))
                .expectEvents(new ContributionClaimed(ID, conversation, BID, null, ContributionStrength.SOME, "why",
                        "notes", GL11, DAY));
    }

    @Test
    void namesExactlyOnePieceOfWork() {
        fixture.givenNoPriorActivity()
                .when(claimOf(new ContributingWork(null, null, null, null)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must name exactly one conversation, advocacy action, relationship or representation")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(claimOf(new ContributingWork(null, null, RelationshipId.random(), RepresentationId.random())))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity().when(claimOf(null)).expectException(InvalidInputException.class);
    }

    private static ClaimContribution claimOf(ContributingWork work) {
        return new ClaimContribution(ID, work, null, AWARD, ContributionStrength.SOME, "why", "evidence", GRACE, DAY);
    }

    @Test
    void namesExactlyOneAwardOrDecision() {
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, BID, AWARD, ContributionStrength.SOME, "why", "e", GRACE, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, null, null, ContributionStrength.SOME, "why", "e", GRACE, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void needsStrengthRationaleAndEvidence() {
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, null, AWARD, null, "why", "e", GRACE, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, null, AWARD, ContributionStrength.SOME, " ", "e", GRACE, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new ClaimContribution(ID, ADVOCACY, null, AWARD, ContributionStrength.SOME, "why", null, GRACE,
                        DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void anyoneMayChallengeMoreThanOnce() {
        fixture.given(CLAIMED)
                .when(new ChallengeContributionClaim(ID, GL11, "The council had decided before the ask", DAY))
                .expectEvents(new ContributionClaimChallenged(ID, GL11, "The council had decided before the ask", DAY));
        fixture.given(CLAIMED, new ContributionClaimChallenged(ID, GL11, "first", DAY))
                .when(new ChallengeContributionClaim(ID, GL11, "second", DAY.plusDays(1)))
                .expectEvents(new ContributionClaimChallenged(ID, GL11, "second", DAY.plusDays(1)));
    }

    @Test
    void aChallengeNeedsAReasonAndAStandingClaim() {
        fixture.given(CLAIMED)
                .when(new ChallengeContributionClaim(ID, GL11, "", DAY))
                .expectException(InvalidInputException.class);
        fixture.given(CLAIMED, new ContributionClaimWithdrawn(ID, GRACE, "overstated", DAY))
                .when(new ChallengeContributionClaim(ID, GL11, "why", DAY))
                .expectException(ConflictException.class);
        fixture.given(CLAIMED)
                .when(new ChallengeContributionClaim(ID, GL11, "why", DAY.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void theClaimantWithdraws() {
        fixture.given(CLAIMED)
                .when(new WithdrawContributionClaim(ID, GRACE, "Overstated on reflection", DAY.plusDays(9)))
                .expectEvents(new ContributionClaimWithdrawn(ID, GRACE, "Overstated on reflection", DAY.plusDays(9)));
    }

    @Test
    void onlyTheClaimantWithdrawsAndOnlyOnce() {
        fixture.given(CLAIMED)
                .when(new WithdrawContributionClaim(ID, GL11, "not ours", DAY))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Only the organisation that made the claim can withdraw it");
        fixture.given(CLAIMED, new ContributionClaimWithdrawn(ID, GRACE, "x", DAY))
                .when(new WithdrawContributionClaim(ID, GRACE, "again", DAY))
                .expectException(ConflictException.class);
        fixture.given(CLAIMED)
                .when(new WithdrawContributionClaim(ID, GRACE, null, DAY))
                .expectException(InvalidInputException.class);
    }
}
