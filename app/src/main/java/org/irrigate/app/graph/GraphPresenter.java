package org.irrigate.app.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.graph.GraphViews.BodyReachView;
import org.irrigate.app.graph.GraphViews.CutPerson;
import org.irrigate.app.graph.GraphViews.FragilePerson;
import org.irrigate.app.graph.GraphViews.FragilityView;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.LinkView;
import org.irrigate.app.graph.GraphViews.NodeRef;
import org.irrigate.app.graph.GraphViews.NodeView;

/** Turns an analysis (indices and arrays) into the API's views (ids and names). */
final class GraphPresenter {
    private GraphPresenter() {
    }

    static GraphView graph(GraphAnalysis analysis, Instant knownOn) {
        NetworkGraph graph = analysis.graph();
        List<NodeView> nodes = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            nodes.add(node(analysis, v));
        }
        List<LinkView> links = graph.links().stream().map(l -> new LinkView(graph.nodes().get(l.a()).id(),
                graph.nodes().get(l.b()).id(), l.kinds(), l.strength(), l.atRisk(), l.conversations(),
                round(l.weight()))).toList();
        return new GraphView(graph.day(), knownOn, nodes, links, reach(analysis));
    }

    static NodeView node(GraphAnalysis analysis, int v) {
        NetworkGraph.Node n = analysis.graph().nodes().get(v);
        Centrality.Scores s = analysis.scores();
        return new NodeView(n.id(), n.kind(), n.label(), n.organisationKind(), n.partner(), n.body(), s.degree()[v],
                round(s.betweenness()[v]), round(s.closeness()[v]));
    }

    static List<BodyReachView> reach(GraphAnalysis analysis) {
        NetworkGraph graph = analysis.graph();
        return analysis.bodies().stream().map(b -> new BodyReachView(ref(graph, b.body()),
                        graph.nodes().get(b.body()).organisationKind(), b.reached(), b.distinctPaths(),
                        b.gateways().stream().map(g -> ref(graph, g)).toList(),
                        b.cutPeople().stream().map(p -> new CutPerson(person(graph, p),
                                analysis.journeysOf(p))).toList()))
                .sorted(Comparator.comparing(r -> r.body().label(), Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** People whose departure alone would cut the network off from at least one body, most bodies first. */
    static FragilityView fragility(GraphAnalysis analysis, Instant knownOn) {
        NetworkGraph graph = analysis.graph();
        Map<UUID, List<NodeRef>> bodiesByPerson = new LinkedHashMap<>();
        for (Reach.BodyReach body : analysis.bodies()) {
            for (UUID person : body.cutPeople()) {
                bodiesByPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(ref(graph, body.body()));
            }
        }
        List<FragilePerson> people = bodiesByPerson.entrySet().stream()
                .map(e -> new FragilePerson(person(graph, e.getKey()), e.getValue(),
                        analysis.journeysOf(e.getKey())))
                .sorted(Comparator.comparingInt((FragilePerson p) -> -p.bodiesCutOff().size())
                        .thenComparingInt(p -> -p.journeys()))
                .toList();
        return new FragilityView(graph.day(), knownOn, people, reach(analysis));
    }

    static NodeRef ref(NetworkGraph graph, int v) {
        NetworkGraph.Node n = graph.nodes().get(v);
        return new NodeRef(n.id(), n.kind(), n.label());
    }

    /** A person a relationship relied on may have no tie left on the day, so no node (and no name) to show. */
    static NodeRef person(NetworkGraph graph, UUID id) {
        int v = graph.indexOf(id);
        return v < 0 ? new NodeRef(id, NodeKind.PERSON, null) : ref(graph, v);
    }

    /** Figures to six significant decimals: enough for a map, and stable to compare in JSON. */
    static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
