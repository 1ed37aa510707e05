package org.irrigate.app.knownon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.ClaimStatus;
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
import org.irrigate.funding.api.FundingView.AmendmentView;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.ClaimLine;
import org.irrigate.funding.api.FundingView.DecisionView;
import org.irrigate.funding.api.FundingView.DisbursementView;
import org.irrigate.funding.api.FundingView.FunderSummaryView;
import org.irrigate.funding.api.FundingView.SchedulePartView;
import org.irrigate.funding.api.FundingView.SummaryPart;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.springframework.stereotype.Component;

/**
 * Bids, awards and an award's funder summary as known at a record time, folded as the funding module's pipeline,
 * money and contribution read models fold them; the pipeline and money of them are added up by the module's own
 * rules ({@code PipelineRow.addUp}, {@code MoneyRow.addUp}). Organisation names are as known then too.
 */
@Component
public class KnownFunding {
    private final KnownRecords records;
    private final KnownDirectory directory;
    private final QueryGateway queries;

    KnownFunding(KnownRecords records, KnownDirectory directory, QueryGateway queries) {
        this.records = records;
        this.directory = directory;
        this.queries = queries;
    }

    /** Every bid, as {@code FindBids} lists them; {@code PipelineRow.addUp} makes the pipeline of them. */
    public List<BidView> bids(Instant at, Viewer viewer) {
        return records.all(bid(at, viewer), at, viewer).stream().sorted(Comparator.comparing(BidView::draftedOn)
                .thenComparing(BidView::title).thenComparing(b -> b.bidId().value().toString())).toList();
    }

    /** Every award, as {@code FindAwards} lists them; {@code MoneyRow.addUp} adds up their money as the module does. */
    public List<AwardView> awards(Instant at, Viewer viewer) {
        return records.all(award(at, viewer), at, viewer).stream().sorted(Comparator.comparing(AwardView::awardedOn)
                .thenComparing(AwardView::title).thenComparing(a -> a.awardId().value().toString())).toList();
    }

    public AwardView award(AwardId id, Instant at, Viewer viewer) {
        return records.one(id, award(at, viewer), at, viewer);
    }

    /** The funder's summary of the award, as {@code FindFunderSummary} assembles it, from what was known then. */
    public FunderSummaryView summary(AwardView award, Instant at, Viewer viewer) {
        BidView bid = award.bidId() == null ? null : records.one(award.bidId(), bid(at, viewer), at, viewer);
        DecisionView decision = bid == null || bid.decisions().isEmpty() ? null : bid.decisions().getLast();
        List<Claim> claims = records.all(CLAIM, at, viewer).stream()
                .filter(c -> award.awardId().equals(c.claimed().awardId())
                        || award.bidId() != null && award.bidId().equals(c.claimed().bidId()))
                .toList();
        List<ClaimLine> lines = claims.stream().filter(c -> c.status() != ClaimStatus.WITHDRAWN)
                .sorted(Comparator.comparing((Claim c) -> c.claimed().strength())
                        .thenComparing(c -> c.claimed().happenedOn()))
                .map(c -> line(c, at, viewer)).toList();
        Map<PlaceCode, String> places = QueryAnswers.list(queries, new FindPlaces(null, null), PlaceView.class)
                .stream().collect(Collectors.toMap(PlaceView::code, PlaceView::name));
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < award.partners().size(); i++) {
            partners.add(name(award.partners().get(i), at, viewer) + (i == 0 ? " (lead)" : ""));
        }
        return new FunderSummaryView(award.awardId(), award.title(), award.description(),
                name(award.funder(), at, viewer), award.programme(), award.awardedOn(), award.total(), award.paid(),
                award.remaining(), award.recipients().stream().map(r -> r.host() == null ? name(r.organisation(), at,
                        viewer) : name(r.organisation(), at, viewer) + " (funded through " + name(r.host(), at, viewer)
                        + ")").toList(),
                award.places().stream().map(p -> places.getOrDefault(p, p.value()) + " (" + p + ")").toList(),
                partners, decision == null ? null : decision.outcome(), decision == null ? null : decision.decidedOn(),
                decision == null ? null : name(decision.decisionMaker(), at, viewer),
                award.schedule().stream().map(p -> new SummaryPart(p.label(), name(p.recipient(), at, viewer),
                        p.from(), p.to(), p.amount(), p.paid(), p.remaining())).toList(),
                lines, (int) claims.stream().filter(c -> c.status() == ClaimStatus.WITHDRAWN).count());
    }

    private ClaimLine line(Claim c, Instant at, Viewer viewer) {
        ContributionClaimed e = c.claimed();
        return new ClaimLine(e.contributionClaimId(), e.work().kind(), e.work().id().toString(),
                e.awardId() != null ? "the award" : "the decision on the bid", e.strength(), e.rationale(),
                e.evidence(), name(e.claimedBy(), at, viewer), e.happenedOn(), c.status(), c.challenges().stream()
                .map(ch -> name(ch.challengedBy(), at, viewer) + " (" + ch.happenedOn() + "): " + ch.reason())
                .toList());
    }

    private String name(OrganisationId id, Instant at, Viewer viewer) {
        OrganisationView o = directory.organisation(id, at, viewer);
        return o == null ? id.toString() : o.name();
    }

    /** A contribution claim with its challenges in the order made and whether it stands, is challenged or withdrawn. */
    record Claim(ContributionClaimed claimed, List<ContributionClaimChallenged> challenges, ClaimStatus status) {
    }

    static final Fold<Claim> CLAIM = new Fold<>() {
        @Override
        public Set<Class<? extends NetworkEvent>> beginnings() {
            return Set.of(ContributionClaimed.class);
        }

        @Override
        public Claim fold(List<Known> events) {
            ContributionClaimed claimed = null;
            List<ContributionClaimChallenged> challenges = new ArrayList<>();
            boolean withdrawn = false;
            for (Known known : events) {
                switch (known.event()) {
                    case ContributionClaimed e -> claimed = e;
                    case ContributionClaimChallenged e -> challenges.add(e);
                    case ContributionClaimWithdrawn e -> withdrawn = true;
                    default -> {
                    }
                }
            }
            return claimed == null ? null : new Claim(claimed, List.copyOf(challenges), withdrawn
                    ? ClaimStatus.WITHDRAWN : challenges.isEmpty() ? ClaimStatus.STANDING : ClaimStatus.CHALLENGED);
        }
    };

    private String programme(Object opportunity, Instant at, Viewer viewer) {
        return records.events(opportunity, at, viewer).stream().map(Known::event)
                .filter(e -> e instanceof FundingOpportunityRecorded).map(e -> ((FundingOpportunityRecorded) e).programme())
                .reduce((a, b) -> b).orElse(null);
    }

    /** The programme comes from the bid's fund, as then recorded. */
    private Fold<BidView> bid(Instant at, Viewer viewer) {
        return new Fold<>() {
            @Override
            public Set<Class<? extends NetworkEvent>> beginnings() {
                return Set.of(BidDrafted.class);
            }

            @Override
            public BidView fold(List<Known> events) {
                BidDrafted drafted = null;
                OrganisationId lead = null;
                List<OrganisationId> partners = List.of();
                Pence requested = null;
                BidStatus status = BidStatus.DRAFT;
                LocalDate submittedOn = null;
                LocalDate withdrawnOn = null;
                String withdrawal = null;
                Map<Integer, DecisionView> decisions = new java.util.TreeMap<>();
                for (Known known : events) {
                    switch (known.event()) {
                        case BidDrafted e -> {
                            drafted = e;
                            lead = e.lead();
                            partners = e.partners();
                            requested = e.amountRequested();
                        }
                        case BidRevised e -> {
                            requested = e.amountRequested();
                            partners = e.partners();
                        }
                        case BidSubmitted e -> {
                            status = BidStatus.SUBMITTED;
                            submittedOn = e.happenedOn();
                        }
                        case BidWithdrawn e -> {
                            status = BidStatus.WITHDRAWN;
                            withdrawnOn = e.happenedOn();
                            withdrawal = e.reason();
                        }
                        case BidDecided e -> {
                            decisions.put(e.decisionNumber(), new DecisionView(e.decisionNumber(), e.outcome(),
                                    e.amount(), e.decisionMaker(), e.decidedBy(), e.notes(), e.happenedOn(), null,
                                    null, null));
                            status = BidStatus.of(e.outcome());
                        }
                        case DecisionReopened e -> {
                            decisions.computeIfPresent(e.decisionNumber(), (n, d) -> new DecisionView(n, d.outcome(),
                                    d.amount(), d.decisionMaker(), d.decidedBy(), d.notes(), d.decidedOn(), e.ground(),
                                    e.reason(), e.happenedOn()));
                            status = BidStatus.REOPENED;
                        }
                        default -> {
                        }
                    }
                }
                if (drafted == null) {
                    return null;
                }
                return new BidView(drafted.bidId(), drafted.fundingOpportunityId(), drafted.funder(),
                        programme(drafted.fundingOpportunityId(), at, viewer), drafted.title(), lead, partners,
                        requested, status, drafted.happenedOn(), submittedOn, withdrawnOn, withdrawal,
                        List.copyOf(decisions.values()));
            }
        };
    }

    /** The schedule after the latest amendment, paid and remaining per part from the payments then recorded. */
    private Fold<AwardView> award(Instant at, Viewer viewer) {
        return new Fold<>() {
            @Override
            public Set<Class<? extends NetworkEvent>> beginnings() {
                return Set.of(AwardRecorded.class);
            }

            @Override
            public AwardView fold(List<Known> events) {
                AwardRecorded recorded = null;
                Pence total = null;
                List<SchedulePart> schedule = List.of();
                List<AmendmentView> amendments = new ArrayList<>();
                List<DisbursementView> disbursements = new ArrayList<>();
                Instant lastModified = null;
                for (Known known : events) {
                    switch (known.event()) {
                        case AwardRecorded e -> {
                            recorded = e;
                            total = e.total();
                            schedule = e.schedule();
                            lastModified = known.recordedAt();
                        }
                        case AwardAmended e -> {
                            total = e.total();
                            schedule = e.schedule();
                            amendments.add(new AmendmentView(e.previousTotal(), e.total(), e.reason(), e.happenedOn()));
                            lastModified = known.recordedAt();
                        }
                        case DisbursementRecorded e -> {
                            disbursements.add(new DisbursementView(e.disbursementId(), e.part(), e.recipient(),
                                    e.paidTo(), e.amount(), e.reference(), e.happenedOn()));
                            lastModified = known.recordedAt();
                        }
                        default -> {
                        }
                    }
                }
                if (recorded == null) {
                    return null;
                }
                disbursements.sort(Comparator.comparing(DisbursementView::paidOn)
                        .thenComparing(d -> d.disbursementId().value().toString()));
                Map<String, Pence> paidByPart = new java.util.HashMap<>();
                disbursements.forEach(d -> paidByPart.merge(d.part(), d.amount(), Pence::plus));
                Pence paid = paidByPart.values().stream().reduce(Pence.ZERO, Pence::plus);
                List<SchedulePartView> parts = schedule.stream().map(p -> {
                    Pence partPaid = paidByPart.getOrDefault(p.key(), Pence.ZERO);
                    return new SchedulePartView(p.key(), p.label(), p.recipient(), p.from(), p.to(), p.amount(),
                            partPaid, p.amount().minus(partPaid));
                }).toList();
                BidView bid = recorded.bidId() == null ? null
                        : records.one(recorded.bidId(), bid(at, viewer), at, viewer);
                List<OrganisationId> partners = new ArrayList<>();
                if (bid != null) {
                    partners.add(bid.lead());
                    partners.addAll(bid.partners());
                }
                List<Recipient> recipients = recorded.recipients();
                return new AwardView(recorded.awardId(), recorded.bidId(), recorded.funder(),
                        bid == null ? null : bid.programme(), recorded.title(), recorded.description(), recipients,
                        total, paid, total.minus(paid), parts, List.copyOf(disbursements), List.copyOf(amendments),
                        recorded.places(), partners, bid == null ? null : bid.amountRequested(), recorded.happenedOn(),
                        lastModified);
            }
        };
    }
}
