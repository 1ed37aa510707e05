package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.InfluenceQuery.FindRelationshipMap;
import org.irrigate.influence.api.InfluenceView.AssessmentView;
import org.irrigate.influence.api.InfluenceView.MapNode;
import org.irrigate.influence.api.InfluenceView.RelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipView;
import org.irrigate.influence.api.InfluenceView.RiskView;
import org.irrigate.influence.api.Party;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The relationship map: the influence module's map query drawn as a network (static/js/network.js), with a time
 * slider over the days relationships were recorded, assessed or flagged, and the same data as a table.
 */
@Controller
class RelationshipMapPage {
    private final QueryGateway queries;
    private final CurrentViewer viewer;

    RelationshipMapPage(QueryGateway queries, CurrentViewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    @GetMapping("/relationships")
    String map(@RequestParam(required = false) OrganisationId organisation,
               @RequestParam(defaultValue = "false") boolean atRisk, Model model) {
        RelationshipMap map = QueryAnswers.find(queries, new FindRelationshipMap(organisation, atRisk, viewer.get()),
                RelationshipMap.class).orElseThrow();
        model.addAttribute("map", map);
        model.addAttribute("graph", graph(map.nodes(), map.edges()));
        model.addAttribute("edges", map.edges().stream()
                .sorted(Comparator.comparing(RelationshipView::atRisk).reversed()
                        .thenComparing(RelationshipView::strength, Comparator.reverseOrder()))
                .toList());
        model.addAttribute("organisation", organisation);
        model.addAttribute("atRisk", atRisk);
        return "relationships";
    }

    /**
     * Plain maps and lists, so the template's JavaScript inlining serialises them safely: the nodes, each edge's
     * history of strengths and risk flags by day, and every day something changed (the slider's stops).
     */
    static Map<String, Object> graph(List<MapNode> nodes, List<RelationshipView> edges) {
        TreeSet<LocalDate> days = new TreeSet<>();
        List<Map<String, Object>> edgeData = new ArrayList<>();
        for (RelationshipView edge : edges) {
            List<Map<String, Object>> history = new ArrayList<>();
            for (AssessmentView a : edge.history()) {
                history.add(Map.of("on", a.assessedOn().toString(), "strength", a.strength().ordinal(),
                        "label", a.strength().label()));
                days.add(a.assessedOn());
            }
            List<Map<String, Object>> risks = new ArrayList<>();
            for (RiskView r : edge.risks()) {
                risks.add(Map.of("on", r.happenedOn().toString(), "atRisk", r.atRisk()));
                days.add(r.happenedOn());
            }
            days.add(edge.recordedOn());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", edge.relationshipId().toString());
            e.put("a", key(edge.first()));
            e.put("b", key(edge.second()));
            e.put("recordedOn", edge.recordedOn().toString());
            e.put("history", history);
            e.put("risks", risks);
            edgeData.add(e);
        }
        List<Map<String, Object>> nodeData = nodes.stream().map(n -> Map.<String, Object>of("id", key(n.party()),
                "name", n.name(), "kind", n.party().isPerson() ? "person" : "organisation",
                "href", (n.party().isPerson() ? "/people/" : "/organisations/") + n.party().id())).toList();
        return Map.of("nodes", nodeData, "edges", edgeData, "days", days.stream().map(LocalDate::toString).toList());
    }

    private static String key(Party party) {
        return party.id().toString();
    }
}
