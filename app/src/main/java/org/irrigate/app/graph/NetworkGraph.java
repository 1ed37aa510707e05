package org.irrigate.app.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;

/**
 * The network on one day: people and organisations as nodes, one undirected link per pair of nodes carrying every
 * tie between them (relationship, conversations, role, seat), and the adjacency the metrics walk. The node set is
 * every party to a tie plus every partner, so a partner with no ties still shows, isolated.
 */
public final class NetworkGraph {
    private final LocalDate day;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<UUID, Integer> index = new HashMap<>();
    private final int[][] neighbours;
    private final int[][] linkOf;

    public record Node(UUID id, NodeKind kind, String label, OrganisationKind organisationKind, boolean partner) {
        /** Statutory bodies and funders: the organisations whose reach the network measures. */
        public boolean body() {
            return organisationKind != null && (organisationKind.statutory()
                    || organisationKind == OrganisationKind.FUNDER);
        }
    }

    /** Every tie between nodes {@code a} and {@code b} (indices, a < b). */
    public record Link(int a, int b, List<Tie> ties) {
        public Set<LinkKind> kinds() {
            Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
            ties.forEach(t -> kinds.add(t.kind()));
            return kinds;
        }

        /** The strongest assessed relationship between the two, or null when none is assessed. */
        public Strength strength() {
            return ties.stream().map(Tie::strength).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        public boolean atRisk() {
            return ties.stream().anyMatch(Tie::atRisk);
        }

        public int conversations() {
            return (int) ties.stream().filter(t -> t.kind() == LinkKind.CONVERSATION).count();
        }

        /** Recency-weighted conversations plus one for each relationship, role or seat: frequency and recency. */
        public double weight() {
            return ties.stream().mapToDouble(Tie::weight).sum();
        }

        /** The people whose roles a relationship in this link relies on: their departure removes it. */
        public Set<UUID> dependsOn() {
            Set<UUID> people = new java.util.HashSet<>();
            ties.forEach(t -> {
                if (t.dependsOn() != null) {
                    people.add(t.dependsOn());
                }
            });
            return people;
        }
    }

    public NetworkGraph(LocalDate day, List<Tie> ties, NodeDirectory directory) {
        this.day = day;
        Set<UUID> partners = directory.partnersOn(day);
        Map<Long, List<Tie>> byPair = new LinkedHashMap<>();
        for (Tie tie : ties) {
            int a = node(directory, partners, tie.a(), tie.aKind());
            int b = node(directory, partners, tie.b(), tie.bKind());
            if (a != b) {
                byPair.computeIfAbsent(pair(Math.min(a, b), Math.max(a, b)), k -> new ArrayList<>()).add(tie);
            }
        }
        for (UUID partner : partners) {
            node(directory, partners, partner, NodeKind.ORGANISATION);
        }
        byPair.forEach((key, pairTies) -> links.add(new Link((int) (key >>> 32), (int) (long) key, pairTies)));
        int[] degree = new int[nodes.size()];
        links.forEach(l -> {
            degree[l.a()]++;
            degree[l.b()]++;
        });
        neighbours = new int[nodes.size()][];
        linkOf = new int[nodes.size()][];
        for (int v = 0; v < nodes.size(); v++) {
            neighbours[v] = new int[degree[v]];
            linkOf[v] = new int[degree[v]];
        }
        int[] filled = new int[nodes.size()];
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            neighbours[l.a()][filled[l.a()]] = l.b();
            linkOf[l.a()][filled[l.a()]++] = i;
            neighbours[l.b()][filled[l.b()]] = l.a();
            linkOf[l.b()][filled[l.b()]++] = i;
        }
    }

    private int node(NodeDirectory directory, Set<UUID> partners, UUID raw, NodeKind kind) {
        UUID id = kind == NodeKind.ORGANISATION ? directory.canonical(raw) : raw;
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        NodeDirectory.NodeInfo info = directory.info(id, kind);
        boolean partner = kind == NodeKind.ORGANISATION && partners.contains(id);
        nodes.add(new Node(id, kind, info.label(), info.organisationKind(), partner));
        index.put(id, nodes.size() - 1);
        return nodes.size() - 1;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    public LocalDate day() {
        return day;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Link> links() {
        return links;
    }

    public int size() {
        return nodes.size();
    }

    /** The index of a node, or -1 when it is not in the graph on this day. */
    public int indexOf(UUID id) {
        return index.getOrDefault(id, -1);
    }

    /** neighbours()[v]: the nodes linked to v; linkOf()[v][i] is the link to neighbours()[v][i]. */
    public int[][] neighbours() {
        return neighbours;
    }

    public int[][] linkOf() {
        return linkOf;
    }
}
