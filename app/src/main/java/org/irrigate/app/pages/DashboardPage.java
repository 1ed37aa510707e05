package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownFunding;
import org.irrigate.app.knownon.KnownInfluence;
import org.irrigate.app.timeline.TimelineFilter;
import org.irrigate.app.timeline.TimelineReader;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.Viewer;
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

/**
 * The coordinator's and partners' first page: what happened lately, what is overdue, and where the money is. With an
 * "as known on" day, all of it as the network had recorded it by the end of that day: follow-ups overdue on that day
 * and not known to be done by then, and the pipeline and money of the bids and awards as then recorded.
 */
@Controller
class DashboardPage {
    private final QueryGateway queries;
    private final TimelineReader timeline;
    private final KnownInfluence knownInfluence;
    private final KnownFunding knownFunding;
    private final CurrentViewer viewer;

    DashboardPage(QueryGateway queries, TimelineReader timeline, KnownInfluence knownInfluence,
                  KnownFunding knownFunding, CurrentViewer viewer) {
        this.queries = queries;
        this.timeline = timeline;
        this.knownInfluence = knownInfluence;
        this.knownFunding = knownFunding;
        this.viewer = viewer;
    }

    @GetMapping("/")
    String dashboard(HttpSession session, Model model) {
        Viewer me = viewer.get();
        Instant at = KnownOn.instant(session);
        model.addAttribute("recent", timeline.read(new TimelineFilter(null, null, null, null, null, null, null, null,
                null, at, null, true, 0, 10, me)).items());
        List<FollowUpView> overdue = at == null ? QueryAnswers.list(queries,
                new FindFollowUps(FollowUpStatus.OVERDUE, null, LocalDate.now(), me), FollowUpView.class)
                : knownInfluence.followUps(FollowUpStatus.OVERDUE, null, at, me);
        model.addAttribute("overdue", overdue.stream().sorted(Comparator.comparing(FollowUpView::dueOn)).toList());
        List<PipelineRow> pipeline = at == null ? QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class)
                : PipelineRow.addUp(knownFunding.bids(at, me));
        model.addAttribute("pipeline", PipelineStage.of(pipeline));
        List<MoneyRow> years = at == null
                ? QueryAnswers.list(queries, new FindMoney(MoneyDimension.YEAR), MoneyRow.class)
                : MoneyRow.addUp(MoneyDimension.YEAR, knownFunding.awards(at, me));
        years = years.stream().sorted(Comparator.comparing(MoneyRow::key)).toList();
        model.addAttribute("years", years);
        model.addAttribute("chart", BarChart.of(years.stream().map(MoneyRow::key).toList(), List.of(
                new BarChart.Series("bar--awarded", "Awarded", years.stream().map(MoneyRow::awarded).toList()),
                new BarChart.Series("bar--scheduled", "Scheduled", years.stream().map(MoneyRow::scheduled).toList()),
                new BarChart.Series("bar--paid", "Paid", years.stream().map(MoneyRow::paid).toList()))));
        return "dashboard";
    }
}
