package org.irrigate.app.graph;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.app.graph.GraphViews.BrokerChange;
import org.irrigate.app.graph.GraphViews.ChangeView;
import org.irrigate.app.graph.GraphViews.LinkChange;
import org.irrigate.app.graph.GraphViews.NodeRef;

/**
 * What changed between two days: nodes and links (per kind) gained and lost, bodies newly reached or lost, and
 * brokers who emerged: nodes on shortest paths between others (betweenness above zero) at the end that were not
 * before, biggest first.
 */
final class GraphChange {
    private GraphChange() {
    }

    static ChangeView between(GraphAnalysis before, GraphAnalysis after, Instant knownOn) {
        Map<UUID, NodeRef> nodesBefore = nodes(before.graph());
        Map<UUID, NodeRef> nodesAfter = nodes(after.graph());
        Map<String, LinkChange> linksBefore = links(before.graph());
        Map<String, LinkChange> linksAfter = links(after.graph());
        List<NodeRef> reachedBefore = reached(before);
        List<NodeRef> reachedAfter = reached(after);
        List<BrokerChange> brokers = after.graph().nodes().stream()
                .map(n -> new BrokerChange(nodesAfter.get(n.id()), betweenness(before, n.id()),
                        betweenness(after, n.id())))
                .filter(b -> b.betweennessAfter() > 0 && b.betweennessBefore() == 0)
                .sorted(Comparator.comparingDouble(b -> -b.betweennessAfter()))
                .toList();
        return new ChangeView(before.graph().day(), after.graph().day(), knownOn,
                missingFrom(nodesAfter, nodesBefore.keySet()), missingFrom(nodesBefore, nodesAfter.keySet()),
                missingFrom(linksAfter, linksBefore.keySet()), missingFrom(linksBefore, linksAfter.keySet()),
                reachedAfter.stream().filter(r -> !reachedBefore.contains(r)).toList(),
                reachedBefore.stream().filter(r -> !reachedAfter.contains(r)).toList(), brokers);
    }

    private static <K, V> List<V> missingFrom(Map<K, V> these, Set<K> others) {
        return these.entrySet().stream().filter(e -> !others.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static Map<UUID, NodeRef> nodes(NetworkGraph graph) {
        Map<UUID, NodeRef> nodes = new LinkedHashMap<>();
        for (int v = 0; v < graph.size(); v++) {
            nodes.put(graph.nodes().get(v).id(), GraphPresenter.ref(graph, v));
        }
        return nodes;
    }

    /** Keyed by the two ids in a fixed order and the kind, so the same link on both days has the same key. */
    private static Map<String, LinkChange> links(NetworkGraph graph) {
        Map<String, LinkChange> links = new LinkedHashMap<>();
        for (NetworkGraph.Link link : graph.links()) {
            NodeRef a = GraphPresenter.ref(graph, link.a());
            NodeRef b = GraphPresenter.ref(graph, link.b());
            if (a.id().compareTo(b.id()) > 0) {
                NodeRef swap = a;
                a = b;
                b = swap;
            }
            for (LinkKind kind : link.kinds()) {
                links.put(a.id() + "|" + b.id() + "|" + kind, new LinkChange(a, b, kind));
            }
        }
        return links;
    }

    private static List<NodeRef> reached(GraphAnalysis analysis) {
        return analysis.bodies().stream().filter(Reach.BodyReach::reached)
                .map(b -> GraphPresenter.ref(analysis.graph(), b.body())).toList();
    }

    private static double betweenness(GraphAnalysis analysis, UUID id) {
        int v = analysis.graph().indexOf(id);
        return v < 0 ? 0 : GraphPresenter.round(analysis.scores().betweenness()[v]);
    }

}
