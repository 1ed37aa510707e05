package org.irrigate.app.graph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.irrigate.app.graph.Centrality;
import org.irrigate.app.graph.GraphAnalysis;
import org.irrigate.app.graph.JGraphTCopy;
import org.irrigate.app.graph.KnownFacts;
import org.irrigate.app.graph.KnownFacts.Claim;
import org.irrigate.app.graph.KnownFacts.RelationshipFact;
import org.irrigate.app.graph.KnownFacts.Span;
import org.irrigate.app.graph.LinkKind;
import org.irrigate.app.graph.MapDirectory;
import org.irrigate.app.graph.NetworkGraph;
import org.irrigate.app.graph.NodeKind;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;

/**
 * Times the network graph's figures on a generated network, against baselines measured in the same run on the same
 * graph: JGraphT's betweenness, also Brandes' algorithm (the library the tests check against; like for like, so
 * its closeness is left out), and a plain breadth-first search from every node (the least any all-pairs figure
 * must cost). Ours computes betweenness and closeness in one pass. Not part of the test suite: run it with
 * {@code scripts/bench-graph}; {@code GraphBenchmarkSmokeTest} keeps it compiling and correct.
 *
 * <p>The network: {@code people} people, each with a role at one of {@code people/25} organisations (a tenth of them
 * partners, a tenth statutory bodies or funders), and {@code events} relationship events: each relationship is
 * recorded with a role it depends on for one in five, then assessed one to four times over three years, with an
 * at-risk flag now and then. Contribution claims name a relationship each for 200 journeys.
 */
public final class GraphBenchmark {
    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    public record Network(MapDirectory directory, KnownFacts facts, int relationshipEvents) {
    }

    public record Timings(double assembleMs, double centralityMs, double reachMs, double jgraphtMs, double bfsMs) {
        double oursMs() {
            return centralityMs + reachMs;
        }
    }

    public record Result(int people, int relationshipEvents, int nodes, int links, int bodies, Timings median,
                         double maxBetweennessDifference) {
    }

    public static Network generate(int people, int events, long seed) {
        Random random = new Random(seed);
        MapDirectory directory = new MapDirectory();
        int organisations = Math.max(10, people / 25);
        List<UUID> orgs = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            orgs.add(switch (i % 10) {
                case 0 -> directory.partner("partner " + i);
                case 1 -> directory.organisation("council " + i, OrganisationKind.LOCAL_AUTHORITY);
                case 2 -> i % 20 == 2 ? directory.organisation("funder " + i, OrganisationKind.FUNDER)
                        : directory.organisation("group " + i, OrganisationKind.COMMUNITY_GROUP);
                default -> directory.organisation("organisation " + i, OrganisationKind.VOLUNTARY_ORGANISATION);
            });
        }
        List<UUID> persons = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            UUID person = directory.person("person " + i);
            persons.add(person);
            spans.add(new Span(UUID.randomUUID(), LinkKind.ROLE, person, orgs.get(random.nextInt(organisations)),
                    "Officer", START.plusDays(random.nextInt(900)),
                    random.nextInt(8) == 0 ? START.plusDays(900 + random.nextInt(400)) : null));
        }
        Map<UUID, List<RelationshipFact>> relationships = new HashMap<>();
        List<UUID> relationshipIds = new ArrayList<>();
        int written = 0;
        while (written < events) {
            UUID id = UUID.randomUUID();
            UUID a = persons.get(random.nextInt(people));
            boolean toOrganisation = random.nextInt(3) == 0;
            UUID b = toOrganisation ? orgs.get(random.nextInt(organisations)) : persons.get(random.nextInt(people));
            NodeKind bKind = toOrganisation ? NodeKind.ORGANISATION : NodeKind.PERSON;
            List<RelationshipFact> facts = new ArrayList<>();
            LocalDate on = START.plusDays(random.nextInt(1000));
            if (random.nextInt(5) == 0) {
                facts.add(new RelationshipFact(facts.size(), "DEPENDS_ON", NodeKind.PERSON, a, bKind, b, null,
                        persons.get(random.nextInt(people)), on));
            }
            int assessments = 1 + random.nextInt(4);
            for (int k = 0; k < assessments; k++) {
                facts.add(new RelationshipFact(facts.size(), "ASSESSED", NodeKind.PERSON, a, bKind, b,
                        Strength.values()[1 + random.nextInt(4)], null, on));
                on = on.plusDays(random.nextInt(120));
            }
            if (random.nextInt(10) == 0) {
                facts.add(new RelationshipFact(facts.size(), "AT_RISK", NodeKind.PERSON, a, bKind, b, null, a, on));
            }
            written += facts.size();
            relationships.put(id, facts);
            relationshipIds.add(id);
        }
        List<Claim> claims = new ArrayList<>();
        for (int j = 0; j < 200; j++) {
            UUID journey = UUID.randomUUID();
            for (int k = 0; k < 3; k++) {
                claims.add(new Claim(relationshipIds.get(random.nextInt(relationshipIds.size())), journey,
                        START.plusDays(random.nextInt(1000)), null));
            }
        }
        return new Network(directory, new KnownFacts(relationships, Map.of(), spans, claims), written);
    }

    public static Result run(int people, int events, int repetitions, long seed) {
        Network network = generate(people, events, seed);
        List<Timings> timings = new ArrayList<>();
        NetworkGraph graph = null;
        GraphAnalysis analysis = null;
        double difference = 0;
        for (int r = 0; r <= repetitions; r++) { // the first round warms the JIT and is not counted
            long t0 = System.nanoTime();
            graph = new NetworkGraph(DAY, network.facts().ties(DAY), network.directory());
            long t1 = System.nanoTime();
            Centrality.Scores scores = Centrality.of(graph.neighbours());
            long t2 = System.nanoTime();
            analysis = GraphAnalysis.of(graph, network.facts().journeys(DAY));
            long t3 = System.nanoTime();
            Graph<Integer, DefaultEdge> library = JGraphTCopy.of(graph);
            long t4 = System.nanoTime();
            Map<Integer, Double> betweenness = new BetweennessCentrality<>(library, false).getScores();
            long t5 = System.nanoTime();
            plainBreadthFirstFromEveryNode(graph.neighbours());
            long t6 = System.nanoTime();
            for (int v = 0; v < graph.size(); v++) {
                difference = Math.max(difference, Math.abs(scores.betweenness()[v] - betweenness.get(v)));
            }
            // GraphAnalysis.of computes centrality again before reach; reach alone is the difference.
            double reachMs = ms(t3 - t2) - ms(t2 - t1);
            if (r > 0) {
                timings.add(new Timings(ms(t1 - t0), ms(t2 - t1), Math.max(0, reachMs), ms(t5 - t4), ms(t6 - t5)));
            }
        }
        return new Result(people, network.relationshipEvents(), graph.size(), graph.links().size(),
                analysis.bodies().size(), median(timings), difference);
    }

    /** The baseline floor: one breadth-first search from every node, summing distances, nothing else. */
    static long plainBreadthFirstFromEveryNode(int[][] neighbours) {
        int n = neighbours.length;
        int[] distance = new int[n];
        int[] queue = new int[n];
        long total = 0;
        for (int s = 0; s < n; s++) {
            Arrays.fill(distance, -1);
            distance[s] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                total += distance[v];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return total;
    }

    private static Timings median(List<Timings> all) {
        return new Timings(median(all, Timings::assembleMs), median(all, Timings::centralityMs),
                median(all, Timings::reachMs), median(all, Timings::jgraphtMs), median(all, Timings::bfsMs));
    }

    private static double median(List<Timings> all, java.util.function.ToDoubleFunction<Timings> field) {
        double[] values = all.stream().mapToDouble(field).sorted().toArray();
        return values[values.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    public static String report(Result r) {
        Timings t = r.median();
        return String.format(Locale.ROOT, """
                        | figure | value |
                        |---|---|
                        | people / relationship events | %d / %d |
                        | nodes / links / bodies | %d / %d / %d |
                        | assemble the graph at a day (ties, merge, adjacency) | %.0f ms |
                        | degree + betweenness (Brandes) + closeness, ours | %.0f ms |
                        | reach, distinct paths and fragility for every body, ours | %.0f ms |
                        | baseline: JGraphT betweenness (Brandes), same graph | %.0f ms |
                        | baseline: plain BFS from every node, same adjacency | %.0f ms |
                        | ratio ours centrality / JGraphT betweenness | %.2f |
                        | ratio ours centrality / plain BFS | %.2f |
                        | ratio all our figures (centrality + reach) / JGraphT betweenness | %.2f |
                        | largest betweenness difference from JGraphT | %.2e |
                        """, r.people(), r.relationshipEvents(), r.nodes(), r.links(), r.bodies(), t.assembleMs(),
                t.centralityMs(), t.reachMs(), t.jgraphtMs(), t.bfsMs(), t.centralityMs() / t.jgraphtMs(),
                t.centralityMs() / t.bfsMs(), t.oursMs() / t.jgraphtMs(), r.maxBetweennessDifference());
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Java %s, %d processors available, max heap %d MiB%n",
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%d people, %d relationship events, median of %d runs after one warm-up%n%n",
                people, events, repetitions);
        System.out.print(report(run(people, events, repetitions, 13L)));
    }
}
