package org.irrigate.funding.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindContributionClaims;
import org.irrigate.funding.api.FundingQuery.FindFunderSummary;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.ClaimLine;
import org.irrigate.funding.api.FundingView.ContributionClaimView;
import org.irrigate.funding.api.FundingView.DecisionView;
import org.irrigate.funding.api.FundingView.FunderSummaryView;
import org.irrigate.funding.api.FundingView.SummaryPart;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.directory.NetworkDirectory;
import org.springframework.stereotype.Component;

/**
 * The funder-ready summary of one award: the award, the decision it came from, and the contribution claims about
 * either, in names rather than ids. Assembled from the other read models, so it has no tables of its own.
 */
@Component
class FunderSummaries {
    private final QueryGateway queries;
    private final NetworkDirectory directory;

    FunderSummaries(QueryGateway queries, NetworkDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @QueryHandler
    FunderSummaryView handle(FindFunderSummary query) {
        AwardView award = QueryAnswers.find(queries, new FindAward(query.awardId()), AwardView.class).orElse(null);
        if (award == null) {
            return null;
        }
        BidView bid = award.bidId() == null ? null
                : QueryAnswers.find(queries, new FindBid(award.bidId()), BidView.class).orElse(null);
        DecisionView decision = bid == null || bid.decisions().isEmpty() ? null : bid.decisions().getLast();
        List<ContributionClaimView> claims = new ArrayList<>(QueryAnswers.list(queries,
                new FindContributionClaims(award.awardId(), null, null), ContributionClaimView.class));
        if (award.bidId() != null) {
            claims.addAll(QueryAnswers.list(queries, new FindContributionClaims(null, award.bidId(), null),
                    ContributionClaimView.class));
        }
        List<ClaimLine> lines = claims.stream().filter(c -> c.status() != ClaimStatus.WITHDRAWN)
                .sorted(Comparator.comparing(ContributionClaimView::strength)
                        .thenComparing(ContributionClaimView::claimedOn))
                .map(this::line).toList();
        int withdrawn = (int) claims.stream().filter(c -> c.status() == ClaimStatus.WITHDRAWN).count();
        return new FunderSummaryView(award.awardId(), award.title(), award.description(),
                directory.name(award.funder()), award.programme(), award.awardedOn(), award.total(), award.paid(),
                award.remaining(), award.recipients().stream().map(this::recipient).toList(),
                award.places().stream().map(p -> directory.placeName(p) + " (" + p + ")").toList(),
                partners(award), decision == null ? null : decision.outcome(),
                decision == null ? null : decision.decidedOn(),
                decision == null ? null : directory.name(decision.decisionMaker()),
                award.schedule().stream().map(p -> new SummaryPart(p.label(), directory.name(p.recipient()),
                        p.from(), p.to(), p.amount(), p.paid(), p.remaining())).toList(), lines, withdrawn);
    }

    private String recipient(Recipient recipient) {
        String name = directory.name(recipient.organisation());
        return recipient.host() == null ? name : name + " (funded through " + directory.name(recipient.host()) + ")";
    }

    private List<String> partners(AwardView award) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < award.partners().size(); i++) {
            names.add(directory.name(award.partners().get(i)) + (i == 0 ? " (lead)" : ""));
        }
        return names;
    }

    private ClaimLine line(ContributionClaimView claim) {
        return new ClaimLine(claim.contributionClaimId(), claim.workKind(), claim.work().id().toString(),
                claim.awardId() != null ? "the award" : "the decision on the bid", claim.strength(),
                claim.rationale(), claim.evidence(), directory.name(claim.claimedBy()), claim.claimedOn(),
                claim.status(), claim.challenges().stream()
                        .map(c -> directory.name(c.challengedBy()) + " (" + c.challengedOn() + "): " + c.reason())
                        .toList());
    }
}
