package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.timeline.TimelineFilter;
import org.irrigate.app.timeline.TimelineReader;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.MoneyDimension;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's and partners' first page: what happened lately, what is overdue, and where the money is. */
@Controller
class DashboardPage {
    private final QueryGateway queries;
    private final TimelineReader timeline;
    private final CurrentViewer viewer;

    DashboardPage(QueryGateway queries, TimelineReader timeline, CurrentViewer viewer) {
        this.queries = queries;
        this.timeline = timeline;
        this.viewer = viewer;
    }

    /** One line of the pipeline summary: every funder's bids at one status added up. */
    public record PipelineStage(BidStatus status, int bids, Pence requested, Pence decided) {
    }

    @GetMapping("/")
    String dashboard(HttpSession session, Model model) {
        LocalDate knownOn = KnownOn.get(session);
        model.addAttribute("recent", timeline.read(new TimelineFilter(null, null, null, null, null, null, null, null,
                null, KnownOn.instant(knownOn), null, true, 0, 10, viewer.get())).items());
        LocalDate today = knownOn == null ? LocalDate.now() : knownOn;
        model.addAttribute("overdue", QueryAnswers.list(queries,
                        new FindFollowUps(FollowUpStatus.OVERDUE, null, today, viewer.get()), FollowUpView.class)
                .stream().sorted(Comparator.comparing(FollowUpView::dueOn)).toList());
        model.addAttribute("pipeline", stages(QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class)));
        List<MoneyRow> years = QueryAnswers.list(queries, new FindMoney(MoneyDimension.YEAR), MoneyRow.class).stream()
                .sorted(Comparator.comparing(MoneyRow::key)).toList();
        model.addAttribute("years", years);
        model.addAttribute("chart", BarChart.of(years.stream().map(MoneyRow::key).toList(), List.of(
                new BarChart.Series("bar--awarded", "Awarded", years.stream().map(MoneyRow::awarded).toList()),
                new BarChart.Series("bar--scheduled", "Scheduled", years.stream().map(MoneyRow::scheduled).toList()),
                new BarChart.Series("bar--paid", "Paid", years.stream().map(MoneyRow::paid).toList()))));
        return "dashboard";
    }

    static List<PipelineStage> stages(List<PipelineRow> rows) {
        Map<BidStatus, PipelineStage> byStatus = new EnumMap<>(BidStatus.class);
        for (PipelineRow row : rows) {
            byStatus.merge(row.status(), new PipelineStage(row.status(), row.bids(), row.requested(), row.decided()),
                    (a, b) -> new PipelineStage(a.status(), a.bids() + b.bids(), a.requested().plus(b.requested()),
                            a.decided().plus(b.decided())));
        }
        return List.copyOf(byStatus.values());
    }
}
