package org.irrigate.app.pages;

import java.util.Comparator;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoints;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.TippingPointView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The advocacy board and the tipping points, read through the influence module's queries. */
@Controller
class InfluencePages {
    private final QueryGateway queries;
    private final CurrentViewer viewer;

    InfluencePages(QueryGateway queries, CurrentViewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    @GetMapping("/advocacy")
    String board(@RequestParam(required = false) OrganisationId organisation, Model model) {
        model.addAttribute("board", QueryAnswers.find(queries, new FindAdvocacyBoard(organisation, viewer.get()),
                AdvocacyBoard.class).orElseThrow());
        model.addAttribute("organisation", organisation);
        return "advocacy";
    }

    @GetMapping("/advocacy/{id}")
    String action(@PathVariable String id, Model model) {
        AdvocacyActionId actionId = DirectoryPages.parse(() -> AdvocacyActionId.of(id), "Advocacy action", id);
        model.addAttribute("a", QueryAnswers.one(queries, new FindAdvocacyAction(actionId, viewer.get()),
                AdvocacyActionView.class, "Advocacy action", actionId));
        return "advocacy-action";
    }

    @GetMapping("/tipping-points")
    String tippingPoints(@RequestParam(required = false) OrganisationId organisation, Model model) {
        model.addAttribute("points", QueryAnswers.list(queries, new FindTippingPoints(organisation, false,
                        viewer.get()), TippingPointView.class).stream()
                .sorted(Comparator.comparing(TippingPointView::happenedOn)).toList());
        return "tipping-points";
    }
}
