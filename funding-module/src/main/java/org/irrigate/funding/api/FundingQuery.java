package org.irrigate.funding.api;

import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;

/** Questions the funding module's read models answer. */
public final class FundingQuery {
    private FundingQuery() {
    }

    /** Funding opportunities, optionally only one funder's. */
    public record FindFundingOpportunities(OrganisationId funder) {
    }

    public record FindFundingOpportunity(FundingOpportunityId fundingOpportunityId) {
    }

    /** Bids, optionally narrowed by status, funder and an organisation taking part (as lead or partner). */
    public record FindBids(BidStatus status, OrganisationId funder, OrganisationId organisation) {
    }

    public record FindBid(BidId bidId) {
    }

    /** The pipeline: how many bids, asking and given how much, by status and funder. */
    public record FindPipeline() {
    }

    /** Awards, optionally only one funder's or one recipient's (a host counts as a recipient). */
    public record FindAwards(OrganisationId funder, OrganisationId recipient) {
    }

    public record FindAward(AwardId awardId) {
    }

    /** Money awarded, scheduled and paid, added up along one dimension. */
    public record FindMoney(MoneyDimension by) {
    }

    /**
     * Contribution claims, optionally only those about one award or one bid's decision, or about one piece of work
     * (by the UUID of its id, whatever its kind).
     */
    public record FindContributionClaims(AwardId awardId, BidId bidId, java.util.UUID work) {
    }

    public record FindContributionClaim(org.irrigate.core.api.ContributionClaimId contributionClaimId) {
    }

    /** Everything a funder needs about one award, with the contribution claims that stand behind it. */
    public record FindFunderSummary(AwardId awardId) {
    }
}
