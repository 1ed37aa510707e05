package org.irrigate.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks with a fixed seed: on random graphs our degree, betweenness and closeness equal JGraphT's,
 * our count of distinct paths into a body equals JGraphT's maximum flow on the node-split graph, and the people we
 * say cut a body off are exactly those whose removal (with the relationships relying on them) leaves it unreachable
 * in a plain search by JGraphT.
 */
class RandomGraphsAgainstJGraphTTest {
    static final long SEED = 20_261_202L;

    /** A random network: people, partners and bodies, random ties, some relying on a random person's role. */
    record RandomNetwork(MapDirectory directory, List<UUID> ids, List<Tie> ties) {
    }

    static RandomNetwork network(Random random, int people, int organisations, double p, boolean connected) {
        MapDirectory directory = new MapDirectory();
        List<UUID> ids = new ArrayList<>();
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            UUID id = directory.person("person " + i);
            ids.add(id);
            persons.add(id);
        }
        for (int i = 0; i < organisations; i++) {
            ids.add(i % 3 == 0 ? directory.partner("partner " + i)
                    : directory.organisation("body " + i, i % 3 == 1 ? OrganisationKind.LOCAL_AUTHORITY
                    : OrganisationKind.FUNDER));
        }
        List<Tie> ties = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean spine = connected && j == i + 1;
                if (spine || random.nextDouble() < p) {
                    seen.add((long) i * ids.size() + j);
                    UUID dependsOn = random.nextInt(5) == 0 ? persons.get(random.nextInt(persons.size())) : null;
                    ties.add(new Tie(ids.get(i), kind(i, people), ids.get(j), kind(j, people), LinkKind.RELATIONSHIP,
                            UUID.randomUUID(), Strength.ENGAGED, false, 1, null, dependsOn, null));
                }
            }
        }
        return new RandomNetwork(directory, ids, ties);
    }

    private static NodeKind kind(int index, int people) {
        return index < people ? NodeKind.PERSON : NodeKind.ORGANISATION;
    }

    @Test
    void degreeAndBetweennessMatchJGraphTOnRandomGraphsInPieces() {
        Random random = new Random(SEED);
        for (int round = 0; round < 25; round++) {
            RandomNetwork net = network(random, 20 + random.nextInt(40), 10 + random.nextInt(15),
                    0.02 + random.nextDouble() * 0.08, false);
            NetworkGraph graph = new NetworkGraph(java.time.LocalDate.EPOCH, net.ties(), net.directory());
            Centrality.Scores ours = Centrality.of(graph.neighbours());
            Graph<Integer, DefaultEdge> theirs = JGraphTCopy.of(graph);
            var betweenness = new BetweennessCentrality<>(theirs, false).getScores();
            for (int v = 0; v < graph.size(); v++) {
                assertThat(ours.degree()[v]).isEqualTo(theirs.degreeOf(v));
                assertThat(ours.betweenness()[v]).as("betweenness of %d in round %d", v, round)
                        .isCloseTo(betweenness.get(v), within(1e-7));
            }
        }
    }

    /** JGraphT's closeness is (n-1)/Σd, which is ours on a connected graph (ours also handles pieces). */
    @Test
    void closenessMatchesJGraphTOnRandomConnectedGraphs() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 25; round++) {
            RandomNetwork net = network(random, 20 + random.nextInt(40), 10 + random.nextInt(15),
                    random.nextDouble() * 0.1, true);
            NetworkGraph graph = new NetworkGraph(java.time.LocalDate.EPOCH, net.ties(), net.directory());
            Centrality.Scores ours = Centrality.of(graph.neighbours());
            var closeness = new ClosenessCentrality<>(JGraphTCopy.of(graph), false, true).getScores();
            for (int v = 0; v < graph.size(); v++) {
                assertThat(ours.closeness()[v]).as("closeness of %d in round %d", v, round)
                        .isCloseTo(closeness.get(v), within(1e-9));
            }
        }
    }

    @Test
    void distinctPathsAndCutPeopleMatchAMaximumFlowAndABruteForceSearch() {
        Random random = new Random(SEED + 2);
        int bodiesChecked = 0;
        int cutsFound = 0;
        for (int round = 0; round < 30; round++) {
            RandomNetwork net = network(random, 15 + random.nextInt(25), 6 + random.nextInt(9),
                    0.03 + random.nextDouble() * 0.07, false);
            NetworkGraph graph = new NetworkGraph(java.time.LocalDate.EPOCH, net.ties(), net.directory());
            Reach reach = new Reach(graph);
            for (int body = 0; body < graph.size(); body++) {
                if (!graph.nodes().get(body).body()) {
                    continue;
                }
                Reach.BodyReach ours = reach.of(body);
                assertThat(ours.distinctPaths()).as("paths into %d, round %d", body, round)
                        .isEqualTo(maximumFlow(graph, body));
                assertThat(ours.reached()).isEqualTo(reachable(graph, body, null));
                Set<UUID> expectedCuts = new HashSet<>();
                if (ours.reached()) {
                    for (NetworkGraph.Node n : graph.nodes()) {
                        if (n.kind() == NodeKind.PERSON && !reachable(graph, body, n.id())) {
                            expectedCuts.add(n.id());
                        }
                    }
                }
                assertThat(new HashSet<>(ours.cutPeople())).as("cut people of %d, round %d", body, round)
                        .isEqualTo(expectedCuts);
                bodiesChecked++;
                cutsFound += expectedCuts.size();
            }
        }
        assertThat(bodiesChecked).isGreaterThan(100);
        assertThat(cutsFound).as("the random graphs exercise cuts").isGreaterThan(10);
    }

    /** Node-split graph: v_in → v_out capacity 1 (a partner's unbounded), links both ways, sink the body's v_in. */
    private static int maximumFlow(NetworkGraph graph, int body) {
        var g = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        int source = 2 * graph.size();
        for (int v = 0; v <= source; v++) {
            g.addVertex(v);
        }
        double unbounded = 1e9;
        for (int v = 0; v < graph.size(); v++) {
            boolean partner = graph.nodes().get(v).partner();
            if (v != body) {
                g.setEdgeWeight(g.addEdge(2 * v, 2 * v + 1), partner ? unbounded : 1);
            }
            if (partner) {
                g.setEdgeWeight(g.addEdge(source, 2 * v), unbounded);
            }
        }
        for (NetworkGraph.Link l : graph.links()) {
            g.setEdgeWeight(g.addEdge(2 * l.a() + 1, 2 * l.b()), 1);
            g.setEdgeWeight(g.addEdge(2 * l.b() + 1, 2 * l.a()), 1);
        }
        return (int) Math.round(new EdmondsKarpMFImpl<>(g).getMaximumFlow(source, 2 * body).getValue());
    }

    /** A plain search by JGraphT from every partner, without {@code departed} and the links relying on them. */
    private static boolean reachable(NetworkGraph graph, int body, UUID departed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        int start = graph.size();
        g.addVertex(start);
        int gone = departed == null ? -1 : graph.indexOf(departed);
        for (int v = 0; v < graph.size(); v++) {
            if (v != gone) {
                g.addVertex(v);
                if (graph.nodes().get(v).partner()) {
                    g.addEdge(start, v);
                }
            }
        }
        for (NetworkGraph.Link l : graph.links()) {
            if (l.a() != gone && l.b() != gone && (departed == null || !l.dependsOn().contains(departed))) {
                g.addEdge(l.a(), l.b());
            }
        }
        if (!g.containsVertex(body)) {
            return false;
        }
        var search = new BreadthFirstIterator<>(g, start);
        while (search.hasNext()) {
            if (search.next() == body) {
                return true;
            }
        }
        return false;
    }
}
