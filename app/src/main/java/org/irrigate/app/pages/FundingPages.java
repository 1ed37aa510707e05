package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownFunding;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindAwards;
import org.irrigate.funding.api.FundingQuery.FindBids;
import org.irrigate.funding.api.FundingQuery.FindFunderSummary;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.FunderSummaryView;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The funding pipeline, the awards, and one award in detail, through the funding module's queries; with an "as known
 * on" day, as the network had recorded them by its end.
 */
@Controller
class FundingPages {
    private final QueryGateway queries;
    private final KnownFunding known;
    private final CurrentViewer viewer;

    FundingPages(QueryGateway queries, KnownFunding known, CurrentViewer viewer) {
        this.queries = queries;
        this.known = known;
        this.viewer = viewer;
    }

    @GetMapping("/funding")
    String pipeline(HttpSession session, Model model) {
        Instant at = KnownOn.instant(session);
        List<BidView> bids = at == null ? QueryAnswers.list(queries, new FindBids(null, null, null), BidView.class)
                : known.bids(at, viewer.get());
        List<PipelineRow> rows = at == null ? QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class)
                : PipelineRow.addUp(bids);
        List<AwardView> awards = at == null ? QueryAnswers.list(queries, new FindAwards(null, null), AwardView.class)
                : known.awards(at, viewer.get());
        model.addAttribute("stages", PipelineStage.of(rows));
        model.addAttribute("rows", rows);
        model.addAttribute("bids", bids.stream().sorted(Comparator.comparing(BidView::draftedOn).reversed()).toList());
        model.addAttribute("awards", awards.stream().sorted(Comparator.comparing(AwardView::awardedOn).reversed())
                .toList());
        return "funding";
    }

    @GetMapping("/funding/awards/{id}")
    String award(@PathVariable String id, HttpSession session, Model model) {
        AwardId awardId = DirectoryPages.parse(() -> AwardId.of(id), "Award", id);
        Instant at = KnownOn.instant(session);
        if (at != null) {
            AwardView award = DirectoryPages.known(known.award(awardId, at, viewer.get()), "Award", awardId);
            model.addAttribute("award", award);
            model.addAttribute("summary", known.summary(award, at, viewer.get()));
            return "award";
        }
        model.addAttribute("award", award(awardId));
        model.addAttribute("summary", QueryAnswers.one(queries, new FindFunderSummary(awardId),
                FunderSummaryView.class, "Award", awardId));
        return "award";
    }

    AwardView award(AwardId awardId) {
        return QueryAnswers.one(queries, new FindAward(awardId), AwardView.class, "Award", awardId);
    }
}
