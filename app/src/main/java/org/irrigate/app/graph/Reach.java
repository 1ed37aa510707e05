package org.irrigate.app.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How the network's partners reach one body (a statutory body or funder): whether they do at all, by how many
 * distinct paths (sharing no node between a partner and the body, Menger's theorem: the maximum flow when every
 * other node carries one unit), through which of the body's contacts, and which single person's departure would
 * cut every path. A person who leaves takes with them their node and every relationship that relied on their role.
 */
public final class Reach {
    private final NetworkGraph graph;
    private final int[] sources;
    private final boolean[] source;

    public record BodyReach(int body, boolean reached, int distinctPaths, List<Integer> gateways,
                            List<UUID> cutPeople) {
    }

    public Reach(NetworkGraph graph) {
        this.graph = graph;
        this.source = new boolean[graph.size()];
        List<Integer> partners = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.nodes().get(v).partner()) {
                source[v] = true;
                partners.add(v);
            }
        }
        this.sources = partners.stream().mapToInt(Integer::intValue).toArray();
    }

    public BodyReach of(int body) {
        int[] parent = reachable(body, -1, Set.of());
        if (source[body] || parent == null) {
            return new BodyReach(body, source[body], 0, List.of(), List.of());
        }
        DisjointPaths flow = new DisjointPaths(body);
        int paths = flow.maximum();
        return new BodyReach(body, true, paths, flow.gateways(), cutPeople(body, parent));
    }

    /**
     * Every cut must meet the one path found, as a node on it or as the person a link on it relies on; each such
     * person is tried by searching again without them.
     */
    private List<UUID> cutPeople(int body, int[] parent) {
        Set<UUID> candidates = new LinkedHashSet<>();
        for (int v = body; parent[v] >= 0; v = parent[v]) {
            int u = parent[v];
            graph.links().get(linkBetween(u, v)).dependsOn().forEach(candidates::add);
            if (u != body && !source[u] && graph.nodes().get(u).kind() == NodeKind.PERSON) {
                candidates.add(graph.nodes().get(u).id());
            }
        }
        List<UUID> cut = new ArrayList<>();
        for (UUID person : candidates) {
            if (reachable(body, graph.indexOf(person), Set.of(person)) == null) {
                cut.add(person);
            }
        }
        return cut;
    }

    private int linkBetween(int u, int v) {
        int[] around = graph.neighbours()[u];
        for (int i = 0; i < around.length; i++) {
            if (around[i] == v) {
                return graph.linkOf()[u][i];
            }
        }
        throw new IllegalStateException("no link " + u + "-" + v);
    }

    /**
     * Breadth-first from every partner at once, never entering {@code without} nor crossing a link that relies on
     * one of {@code departed}: the parent of each node reached (-1 for a partner), or null if the body is not.
     */
    private int[] reachable(int body, int without, Set<UUID> departed) {
        int n = graph.size();
        int[] parent = new int[n];
        Arrays.fill(parent, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            if (s != without) {
                parent[s] = -1;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v == body) {
                return parent;
            }
            int[] around = graph.neighbours()[v];
            for (int i = 0; i < around.length; i++) {
                int w = around[i];
                if (parent[w] != -2 || w == without) {
                    continue;
                }
                if (!departed.isEmpty() && !java.util.Collections.disjoint(
                        graph.links().get(graph.linkOf()[v][i]).dependsOn(), departed)) {
                    continue;
                }
                parent[w] = v;
                queue.add(w);
            }
        }
        return null;
    }

    /**
     * Unit-capacity maximum flow from the partners to the body on the split graph: node v becomes v_in → v_out
     * with capacity 1 (unbounded for partners), each link u–v becomes u_out → v_in and v_out → u_in. Augmenting
     * paths are found breadth-first on the residual graph; at most deg(body) of them exist.
     */
    private final class DisjointPaths {
        private final int body;
        private final int[] head;
        private final int[] next;
        private final int superSource;
        private final int[] to;
        private final int[] capacity;
        private final int[] reverse;

        DisjointPaths(int body) {
            this.body = body;
            int n = graph.size();
            superSource = 2 * n;
            head = new int[2 * n + 1];
            Arrays.fill(head, -1);
            List<Integer> nextList = new ArrayList<>();
            List<int[]> built = new ArrayList<>(); // {to, capacity, index of the reverse arc}
            for (int v = 0; v < n; v++) {
                if (v != body) {
                    add(built, nextList, 2 * v, 2 * v + 1, source[v] ? Integer.MAX_VALUE / 2 : 1);
                }
                if (source[v]) {
                    add(built, nextList, superSource, 2 * v, Integer.MAX_VALUE / 2);
                }
            }
            for (NetworkGraph.Link link : graph.links()) {
                add(built, nextList, 2 * link.a() + 1, 2 * link.b(), 1);
                add(built, nextList, 2 * link.b() + 1, 2 * link.a(), 1);
            }
            next = nextList.stream().mapToInt(Integer::intValue).toArray();
            to = built.stream().mapToInt(arc -> arc[0]).toArray();
            capacity = built.stream().mapToInt(arc -> arc[1]).toArray();
            reverse = built.stream().mapToInt(arc -> arc[2]).toArray();
        }

        private void add(List<int[]> built, List<Integer> nextList, int from, int target, int cap) {
            built.add(new int[] {target, cap, built.size() + 1});
            nextList.add(head[from]);
            head[from] = built.size() - 1;
            built.add(new int[] {from, 0, built.size() - 1});
            nextList.add(head[target]);
            head[target] = built.size() - 1;
        }

        int maximum() {
            int sink = 2 * body;
            int flow = 0;
            int[] via = new int[head.length];
            while (true) {
                Arrays.fill(via, -1);
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(superSource);
                via[superSource] = Integer.MAX_VALUE;
                while (!queue.isEmpty() && via[sink] < 0) {
                    int x = queue.poll();
                    for (int e = head[x]; e >= 0; e = next[e]) {
                        if (capacity[e] > 0 && via[to[e]] < 0) {
                            via[to[e]] = e;
                            queue.add(to[e]);
                        }
                    }
                }
                if (via[sink] < 0) {
                    return flow;
                }
                for (int x = sink; x != superSource; x = to[reverse[via[x]]]) {
                    capacity[via[x]]--;
                    capacity[reverse[via[x]]]++;
                }
                flow++;
            }
        }

        /** The body's contacts that carry a path: arcs into the body with their unit used. */
        List<Integer> gateways() {
            List<Integer> gateways = new ArrayList<>();
            for (int e = head[2 * body]; e >= 0; e = next[e]) {
                // e runs body_in → u_out as the reverse of u_out → body_in; spare capacity here is flow there.
                if (e % 2 == 1 && capacity[e] > 0) {
                    gateways.add(to[e] / 2);
                }
            }
            return gateways;
        }
    }
}
