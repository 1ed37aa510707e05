package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irrigate.app.graph.GraphViews.BodyReachView;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.LinkView;
import org.irrigate.app.graph.GraphViews.NodeView;
import org.irrigate.app.graph.LinkKind;
import org.irrigate.influence.api.Strength;

/**
 * The network graph read model's answer for one day, shaped for the relationship map: each node's drawn radius
 * from its betweenness, each link's colour and width from its strength, the brokers, and who alone connects the
 * network to a body. The drawing, the legend and the tables all read these same values.
 */
record NetworkMap(LocalDate asOf, List<MapNode> nodes, List<MapLink> links, List<MapNode> brokers,
                  List<Fragility> fragility, List<BodyReachView> unreached) {
    static final double MIN_RADIUS = 6;
    static final double MAX_RADIUS = 22;
    static final int BROKERS_SHOWN = 8;
    /** Links with no assessed strength (a conversation, role or seat only). */
    static final String UNASSESSED = "#8a8a8a";

    /** Sequential blues, dark enough on white at every step; width grows too, so colour is never the only cue. */
    static final Map<Strength, String> COLOURS = Map.of(Strength.UNAWARE, "#b8b8b8", Strength.AWARE, "#6baed6",
            Strength.ENGAGED, "#3182bd", Strength.TRUSTED, "#08519c", Strength.CHAMPION, "#08306b");

    record MapNode(UUID id, String label, String kind, boolean body, int degree, double betweenness,
                   double closeness, double radius) {
    }

    record MapLink(UUID source, UUID target, String sourceLabel, String targetLabel, String kinds, String strength,
                   String colour, double width, boolean atRisk, int conversations) {
    }

    /** A person whose leaving alone would cut every path from the network to a body. */
    record Fragility(String body, List<String> people, int distinctPaths) {
    }

    /** One legend entry: what a colour and width stand for. */
    record LegendEntry(String label, String colour, double width) {
    }

    static NetworkMap of(GraphView graph) {
        double most = graph.nodes().stream().mapToDouble(NodeView::betweenness).max().orElse(0);
        List<MapNode> nodes = graph.nodes().stream().map(n -> new MapNode(n.id(), n.label(),
                n.kind().name().toLowerCase(), n.body(), n.degree(), n.betweenness(), n.closeness(),
                radius(n.betweenness(), most))).toList();
        Map<UUID, String> labels = nodes.stream().collect(Collectors.toMap(MapNode::id, MapNode::label));
        List<MapLink> links = graph.links().stream().map(l -> link(l, labels)).toList();
        List<MapNode> brokers = nodes.stream().filter(n -> n.betweenness() > 0)
                .sorted(Comparator.comparingDouble(MapNode::betweenness).reversed()).limit(BROKERS_SHOWN).toList();
        List<Fragility> fragility = graph.reach().stream().filter(r -> r.reached() && !r.cutBy().isEmpty())
                .map(r -> new Fragility(r.body().label(), r.cutBy().stream().map(c -> c.person().label()).toList(),
                        r.distinctPaths())).toList();
        List<BodyReachView> unreached = graph.reach().stream().filter(r -> !r.reached()).toList();
        return new NetworkMap(graph.asOf(), nodes, links, brokers, fragility, unreached);
    }

    /** Area in proportion to betweenness, so a broker twice as central covers twice the ink. */
    static double radius(double betweenness, double most) {
        double share = most <= 0 ? 0 : betweenness / most;
        return round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(share));
    }

    static String colour(Strength strength) {
        return strength == null ? UNASSESSED : COLOURS.get(strength);
    }

    static double width(Strength strength) {
        return strength == null ? 1.5 : 1.5 + strength.ordinal();
    }

    static List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (Strength s : Strength.values()) {
            if (s != Strength.UNAWARE) {
                entries.add(new LegendEntry(s.label(), colour(s), width(s)));
            }
        }
        entries.add(new LegendEntry("no assessed strength (conversation, role or seat only)", UNASSESSED,
                width(null)));
        return entries;
    }

    /** Plain maps and lists, so the template's JavaScript inlining serialises them safely. */
    Map<String, Object> drawing() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("asOf", asOf.toString());
        data.put("nodes", nodes.stream().map(n -> Map.<String, Object>of("id", n.id().toString(), "name", n.label(),
                "kind", n.kind(), "betweenness", n.betweenness(), "r", n.radius(), "body", n.body())).toList());
        data.put("links", links.stream().map(l -> Map.<String, Object>of("a", l.source().toString(),
                "b", l.target().toString(), "kinds", l.kinds(), "strength", l.strength(), "colour", l.colour(),
                "width", l.width(), "atRisk", l.atRisk(),
                "title", l.sourceLabel() + " – " + l.targetLabel() + ": " + l.strength() + " (" + l.kinds() + ")"
                        + (l.atRisk() ? ", at risk" : ""))).toList());
        return data;
    }

    private static MapLink link(LinkView l, Map<UUID, String> labels) {
        String kinds = kinds(l.kinds());
        return new MapLink(l.source(), l.target(), labels.get(l.source()), labels.get(l.target()), kinds,
                l.strength() == null ? "no assessed strength" : l.strength().label(), colour(l.strength()),
                width(l.strength()), l.atRisk(), l.conversations());
    }

    private static String kinds(Set<LinkKind> kinds) {
        return kinds.stream().sorted().map(k -> k.name().toLowerCase()).collect(Collectors.joining(", "));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
