package org.irrigate.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    private static Pence sum(List<Pence> amounts) {
        return amounts.stream().reduce(Pence.ZERO, Pence::plus);
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
        /** What the bid's standing decision gives: the latest award while it stands, else nothing. */
        public Pence decided() {
            boolean standing = status == BidStatus.AWARDED || status == BidStatus.PARTLY_AWARDED;
            return standing && !decisions.isEmpty() ? decisions.getLast().amount() : Pence.ZERO;
        }
    }

    /** @param decided what the standing decisions of these bids give (zero for declined, draft or withdrawn bids) */
    public record PipelineRow(BidStatus status, OrganisationId funder, int bids, Pence requested, Pence decided) {
        /**
         * The pipeline of these bids, as {@code FindPipeline} answers it: counts and money by status and funder. One
         * rule for the read model and for anything that folds bids itself (the app's "as known on" pages).
         */
        public static List<PipelineRow> addUp(List<BidView> bids) {
            record Key(BidStatus status, OrganisationId funder) {
            }
            Map<Key, List<BidView>> groups = bids.stream().collect(Collectors.groupingBy(
                    b -> new Key(b.status(), b.funder()), LinkedHashMap::new, Collectors.toList()));
            return groups.entrySet().stream()
                    .map(g -> new PipelineRow(g.getKey().status(), g.getKey().funder(), g.getValue().size(),
                            sum(g.getValue().stream().map(BidView::amountRequested).toList()),
                            sum(g.getValue().stream().map(BidView::decided).toList())))
                    .sorted(Comparator.comparing(PipelineRow::status).thenComparing(r -> r.funder().toString()))
                    .toList();
        }
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
        /** The row for awards a dimension cannot place: no beneficiary place, or no bid to name partners. */
        public static final String NONE = "none";

        /**
         * The money of these awards along one dimension, as {@code FindMoney} answers it, in key order. One rule for
         * the read model and for anything that folds awards itself (the app's "as known on" pages).
         */
        public static List<MoneyRow> addUp(MoneyDimension by, List<AwardView> awards) {
            Map<String, Pence[]> rows = new TreeMap<>();
            for (AwardView award : awards) {
                switch (by) {
                    case FUNDER -> whole(rows, award.funder().toString(), award);
                    case PLACE -> keys(award.places().stream().map(PlaceCode::value).toList())
                            .forEach(key -> whole(rows, key, award));
                    case PARTNER -> keys(award.partners().stream().map(OrganisationId::toString).toList())
                            .forEach(key -> whole(rows, key, award));
                    case YEAR -> {
                        add(rows, String.valueOf(award.awardedOn().getYear()), 0, award.total());
                        award.schedule().forEach(p -> add(rows, String.valueOf(p.from().getYear()), 1, p.amount()));
                        award.disbursements().forEach(d -> add(rows, String.valueOf(d.paidOn().getYear()), 2,
                                d.amount()));
                    }
                    case RECIPIENT -> award.schedule().forEach(p -> {
                        // each part belongs to one recipient, so shares add up exactly to the award
                        add(rows, p.recipient().toString(), 0, p.amount());
                        add(rows, p.recipient().toString(), 1, p.amount());
                        add(rows, p.recipient().toString(), 2, p.paid());
                    });
                }
            }
            return rows.entrySet().stream()
                    .map(e -> new MoneyRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        }

        private static List<String> keys(List<String> keys) {
            return keys.isEmpty() ? List.of(NONE) : keys;
        }

        private static void whole(Map<String, Pence[]> rows, String key, AwardView award) {
            add(rows, key, 0, award.total());
            add(rows, key, 1, award.schedule().stream().map(SchedulePartView::amount).reduce(Pence.ZERO, Pence::plus));
            add(rows, key, 2, award.paid());
        }

        private static void add(Map<String, Pence[]> rows, String key, int column, Pence amount) {
            Pence[] row = rows.computeIfAbsent(key, k -> new Pence[] {Pence.ZERO, Pence.ZERO, Pence.ZERO});
            row[column] = row[column].plus(amount);
        }
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
