package org.irrigate.funding.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;

/**
 * What can be asked of the funding pipeline. Who asks comes from the command's audit metadata; where a rule needs an
 * organisation (who claims, who challenges), the REST layer passes the signed-in user's organisation explicitly.
 */
public sealed interface FundingCommand {
    /** When it happened in the world (valid time). */
    LocalDate happenedOn();

    /** A fund exists: who funds it, under which programme, how much, for which places, open when. */
    record RecordFundingOpportunity(@TargetAggregateIdentifier FundingOpportunityId fundingOpportunityId,
                                    OrganisationId funder, String programme, Pence totalPot, List<PlaceCode> places,
                                    LocalDate opensOn, LocalDate closesOn, String notes, LocalDate happenedOn)
            implements FundingCommand {
    }

    /** Corrects or updates what is known about a fund; the earlier version stays in history. */
    record ReviseFundingOpportunity(@TargetAggregateIdentifier FundingOpportunityId fundingOpportunityId,
                                    Pence totalPot, LocalDate opensOn, LocalDate closesOn, String notes,
                                    String reason, LocalDate happenedOn) implements FundingCommand {
    }

    record DraftBid(@TargetAggregateIdentifier BidId bidId, FundingOpportunityId fundingOpportunityId, String title,
                    OrganisationId lead, List<OrganisationId> partners, Pence amountRequested,
                    LocalDate happenedOn) implements FundingCommand {
    }

    /** Changes a draft's partners or amount before it goes in. */
    record ReviseBid(@TargetAggregateIdentifier BidId bidId, List<OrganisationId> partners, Pence amountRequested,
                     String reason, LocalDate happenedOn) implements FundingCommand {
    }

    /** The bid goes in on {@code happenedOn}, its submitted date. */
    record SubmitBid(@TargetAggregateIdentifier BidId bidId, LocalDate happenedOn) implements FundingCommand {
    }

    record WithdrawBid(@TargetAggregateIdentifier BidId bidId, String reason, LocalDate happenedOn)
            implements FundingCommand {
    }

    /**
     * The funder's decision on a submitted bid, made on {@code happenedOn} by an organisation and, where known, the
     * people who took it.
     */
    record DecideBid(@TargetAggregateIdentifier BidId bidId, DecisionOutcome outcome, Pence amount,
                     OrganisationId decisionMaker, List<PersonId> decidedBy, String notes, LocalDate happenedOn)
            implements FundingCommand {
    }

    /** An appeal or amendment reopens a decided bid for exactly one more decision. */
    record ReopenDecision(@TargetAggregateIdentifier BidId bidId, ReopenGround ground, String reason,
                          LocalDate happenedOn) implements FundingCommand {
    }

    /**
     * Money awarded, awarded on {@code happenedOn}: to whom, how much, and when it is due. The schedule must add up
     * exactly to the total. With a bid, the bid's decision must have funded something, and the total must equal it.
     */
    record RecordAward(@TargetAggregateIdentifier AwardId awardId, BidId bidId, OrganisationId funder, String title,
                       String description, List<Recipient> recipients, Pence total, List<SchedulePart> schedule,
                       List<PlaceCode> places, LocalDate happenedOn) implements FundingCommand {
    }

    /** A new total and schedule, e.g. an extra year; parts already paid can grow but never drop below the payments. */
    record AmendAward(@TargetAggregateIdentifier AwardId awardId, Pence total, List<SchedulePart> schedule,
                      String reason, LocalDate happenedOn) implements FundingCommand {
    }

    /** Money paid on {@code happenedOn} against one part of the schedule. */
    record RecordDisbursement(@TargetAggregateIdentifier AwardId awardId, DisbursementId disbursementId, String part,
                              Pence amount, String reference, LocalDate happenedOn) implements FundingCommand {
    }

    /**
     * A claim that a piece of influence work contributed to the decision on a bid ({@code bidId}) or to an award
     * ({@code awardId}): exactly one of the two. The claim is its own record; it never changes the award.
     */
    record ClaimContribution(@TargetAggregateIdentifier ContributionClaimId contributionClaimId,
                             ContributingWork work, BidId bidId, AwardId awardId, ContributionStrength strength,
                             String rationale, String evidence, OrganisationId claimedBy, LocalDate happenedOn)
            implements FundingCommand {
    }

    record ChallengeContributionClaim(@TargetAggregateIdentifier ContributionClaimId contributionClaimId,
                                      OrganisationId challengedBy, String reason, LocalDate happenedOn)
            implements FundingCommand {
    }

    record WithdrawContributionClaim(@TargetAggregateIdentifier ContributionClaimId contributionClaimId,
                                     OrganisationId withdrawnBy, String reason, LocalDate happenedOn)
            implements FundingCommand {
    }
}
