package org.irrigate.app.pages;

import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
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

/** The funding pipeline, the awards, and one award in detail, through the funding module's queries. */
@Controller
class FundingPages {
    private final QueryGateway queries;

    FundingPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/funding")
    String pipeline(Model model) {
        List<PipelineRow> rows = QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class);
        model.addAttribute("stages", DashboardPage.stages(rows));
        model.addAttribute("rows", rows);
        model.addAttribute("bids", QueryAnswers.list(queries, new FindBids(null, null, null), BidView.class).stream()
                .sorted(Comparator.comparing(BidView::draftedOn).reversed()).toList());
        model.addAttribute("awards", QueryAnswers.list(queries, new FindAwards(null, null), AwardView.class).stream()
                .sorted(Comparator.comparing(AwardView::awardedOn).reversed()).toList());
        return "funding";
    }

    @GetMapping("/funding/awards/{id}")
    String award(@PathVariable String id, Model model) {
        AwardId awardId = DirectoryPages.parse(() -> AwardId.of(id), "Award", id);
        model.addAttribute("award", award(awardId));
        model.addAttribute("summary", QueryAnswers.one(queries, new FindFunderSummary(awardId),
                FunderSummaryView.class, "Award", awardId));
        return "award";
    }

    AwardView award(AwardId awardId) {
        return QueryAnswers.one(queries, new FindAward(awardId), AwardView.class, "Award", awardId);
    }
}
