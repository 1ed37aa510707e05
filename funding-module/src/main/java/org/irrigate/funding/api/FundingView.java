package org.irrigate.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;

/** Read-side views of the funding module. Money is always exact pence. */
public final class FundingView {
    private FundingView() {
    }

    public record OpportunityView(FundingOpportunityId fundingOpportunityId, OrganisationId funder, String programme,
                                  Pence totalPot, List<PlaceCode> places, LocalDate opensOn, LocalDate closesOn,
                                  String notes, LocalDate recordedOn) {
    }

    /** One decision on a bid; a reopened decision says why and when it was reopened. */
    public record DecisionView(int decisionNumber, DecisionOutcome outcome, Pence amount,
                               OrganisationId decisionMaker, List<PersonId> decidedBy, String notes,
                               LocalDate decidedOn, ReopenGround reopenedBy, String reopenReason,
                               LocalDate reopenedOn) {
    }

    public record BidView(BidId bidId, FundingOpportunityId fundingOpportunityId, OrganisationId funder,
                          String programme, String title, OrganisationId lead, List<OrganisationId> partners,
                          Pence amountRequested, BidStatus status, LocalDate draftedOn, LocalDate submittedOn,
                          LocalDate withdrawnOn, String withdrawalReason, List<DecisionView> decisions) {
    }

    /** @param decided what the standing decisions of these bids give (zero for declined, draft or withdrawn bids) */
    public record PipelineRow(BidStatus status, OrganisationId funder, int bids, Pence requested, Pence decided) {
    }

    public record SchedulePartView(String key, String label, OrganisationId recipient, LocalDate from, LocalDate to,
                                   Pence amount, Pence paid, Pence remaining) {
    }

    public record DisbursementView(DisbursementId disbursementId, String part, OrganisationId recipient,
                                   OrganisationId paidTo, Pence amount, String reference, LocalDate paidOn) {
    }

    public record AmendmentView(Pence previousTotal, Pence total, String reason, LocalDate amendedOn) {
    }

    /**
     * An award as it stands: the current schedule (after amendments), what has been paid against each part and what
     * remains.
     *
     * @param partners     the organisations on the award's bid, lead first (empty without a bid)
     * @param lastModified when the network last recorded a change to the award
     */
    public record AwardView(AwardId awardId, BidId bidId, OrganisationId funder, String programme, String title,
                            String description, List<Recipient> recipients, Pence total, Pence paid, Pence remaining,
                            List<SchedulePartView> schedule, List<DisbursementView> disbursements,
                            List<AmendmentView> amendments, List<PlaceCode> places, List<OrganisationId> partners,
                            Pence amountRequested, LocalDate awardedOn, Instant lastModified) {
    }

    /**
     * Money along one dimension. {@code key} is an organisation id (funder, recipient, partner), a year or an ONS
     * code.
     */
    public record MoneyRow(String key, Pence awarded, Pence scheduled, Pence paid) {
    }

    public record ChallengeView(OrganisationId challengedBy, String reason, LocalDate challengedOn) {
    }

    public record ContributionClaimView(ContributionClaimId contributionClaimId, ContributingWork work,
                                        ContributingWork.Kind workKind, BidId bidId, AwardId awardId,
                                        ContributionStrength strength, String rationale, String evidence,
                                        OrganisationId claimedBy, LocalDate claimedOn, ClaimStatus status,
                                        List<ChallengeView> challenges, String withdrawalReason,
                                        LocalDate withdrawnOn) {
    }

    /** A contribution claim as a funder reads it: what work, how strong, why, on what evidence, and whether contested. */
    public record ClaimLine(ContributionClaimId contributionClaimId, ContributingWork.Kind workKind, String workId,
                            String contributedTo, ContributionStrength strength, String rationale, String evidence,
                            String claimedBy, LocalDate claimedOn, ClaimStatus status, List<String> challenges) {
    }

    public record SummaryPart(String label, String recipient, LocalDate from, LocalDate to, Pence amount, Pence paid,
                              Pence remaining) {
    }

    /**
     * One award, in words a funder reads: names rather than ids, the schedule with what is paid, the decision it came
     * from, and the standing and challenged contribution claims (withdrawn ones are only counted).
     */
    public record FunderSummaryView(AwardId awardId, String title, String description, String funder,
                                    String programme, LocalDate awardedOn, Pence total, Pence paid, Pence remaining,
                                    List<String> recipients, List<String> places, List<String> partners,
                                    DecisionOutcome decision, LocalDate decidedOn, String decidedBy,
                                    List<SummaryPart> schedule, List<ClaimLine> contributions,
                                    int withdrawnClaims) {
    }
}
