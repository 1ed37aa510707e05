package org.irrigate.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.graph.KnownFacts.Claim;
import org.irrigate.app.graph.KnownFacts.ConversationFact;
import org.irrigate.app.graph.KnownFacts.Party;
import org.irrigate.app.graph.KnownFacts.RelationshipFact;
import org.irrigate.app.graph.KnownFacts.Span;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;
import org.junit.jupiter.api.Test;

/**
 * A small network whose figures were worked out by hand:
 *
 * <pre>
 *   P1 ── A ── X            partners P1, P2, P3 (P3 has no ties); bodies X (council), Y (ICB)
 *         │
 *   P2 ── B ── C ── Y       and P2 ── Y, a relationship that relies on C's role
 *   └──────────────┘
 * </pre>
 *
 * A and B are cut vertices; B–C–Y–P2 is a 4-cycle. Betweenness (pairs counted once): A = 9 (every path from {P1, X}
 * to the others and P1–X), B = 9 (the three left nodes to the three right) + ½ (P2–C goes via B or Y) = 9.5, C = ½
 * (B–Y) + 3 × ½ (the left nodes to Y) = 2, P2 = 2 likewise, Y = ½ (P2–C), P1 = X = P3 = 0; they sum to
 * Σ(d−1) = 23. Closeness: A reaches six others at total distance 10, so (6/7)(6/10); P1 at 15, (6/7)(6/15).
 */
class SmallGraphTest {
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    final MapDirectory directory = new MapDirectory();
    final UUID p1 = directory.partner("P1");
    final UUID p2 = directory.partner("P2");
    final UUID p3 = directory.partner("P3");
    final UUID a = directory.person("A");
    final UUID b = directory.person("B");
    final UUID c = directory.person("C");
    final UUID x = directory.organisation("X", OrganisationKind.LOCAL_AUTHORITY);
    final UUID y = directory.organisation("Y", OrganisationKind.HEALTH_BODY);
    final UUID relAX = UUID.randomUUID();
    final UUID relP2Y = UUID.randomUUID();
    final UUID talkAB = UUID.randomUUID();
    final UUID seatCY = UUID.randomUUID();
    final UUID j1 = UUID.randomUUID();
    final UUID j2 = UUID.randomUUID();
    final UUID j3 = UUID.randomUUID();

    KnownFacts facts() {
        Map<UUID, List<RelationshipFact>> relationships = new LinkedHashMap<>();
        relationships.put(relAX, List.of(assessed(0, a, NodeKind.PERSON, x, NodeKind.ORGANISATION, Strength.AWARE,
                        "2022-05-01"),
                assessed(1, a, NodeKind.PERSON, x, NodeKind.ORGANISATION, Strength.TRUSTED, "2023-05-01")));
        relationships.put(relP2Y, List.of(
                new RelationshipFact(0, "DEPENDS_ON", NodeKind.ORGANISATION, p2, NodeKind.ORGANISATION, y, null, c,
                        LocalDate.parse("2022-01-01")),
                assessed(1, p2, NodeKind.ORGANISATION, y, NodeKind.ORGANISATION, Strength.ENGAGED, "2022-01-01")));
        relationships.put(UUID.randomUUID(), List.of(assessed(0, b, NodeKind.PERSON, c, NodeKind.PERSON,
                Strength.ENGAGED, "2021-06-01")));
        Map<UUID, List<ConversationFact>> conversations = new LinkedHashMap<>();
        conversations.put(talkAB, List.of(new ConversationFact(0, false, DAY.minusYears(1),
                List.of(new Party(NodeKind.PERSON, a), new Party(NodeKind.PERSON, b)))));
        List<Span> spans = List.of(
                new Span(UUID.randomUUID(), LinkKind.ROLE, a, p1, "Officer", LocalDate.parse("2020-01-01"), null),
                new Span(UUID.randomUUID(), LinkKind.ROLE, b, p2, "Officer", LocalDate.parse("2020-01-01"), null),
                new Span(seatCY, LinkKind.SEAT, c, y, "Board seat", LocalDate.parse("2021-01-01"), null));
        List<Claim> claims = List.of(new Claim(relAX, j1, DAY.minusMonths(2), null),
                new Claim(talkAB, j1, DAY.minusMonths(2), null), new Claim(talkAB, j3, DAY.minusMonths(2), null),
                new Claim(seatCY, j2, DAY.minusMonths(2), null),
                new Claim(relP2Y, j3, DAY.minusMonths(2), DAY.minusMonths(1)));
        return new KnownFacts(relationships, conversations, spans, claims);
    }

    private static RelationshipFact assessed(long seq, UUID first, NodeKind firstKind, UUID second,
                                             NodeKind secondKind, Strength strength, String on) {
        return new RelationshipFact(seq, "ASSESSED", firstKind, first, secondKind, second, strength, null,
                LocalDate.parse(on));
    }

    GraphAnalysis analysis() {
        KnownFacts facts = facts();
        return GraphAnalysis.of(new NetworkGraph(DAY, facts.ties(DAY), directory), facts.journeys(DAY));
    }

    @Test
    void degreeBetweennessAndClosenessAreTheHandComputedValues() {
        GraphAnalysis analysis = analysis();
        assertThat(analysis.graph().size()).isEqualTo(8);
        assertThat(analysis.graph().links()).hasSize(7);
        Map<UUID, Double> expectedBetweenness = Map.of(a, 9.0, b, 9.5, c, 2.0, p2, 2.0, y, 0.5, p1, 0.0, x, 0.0,
                p3, 0.0);
        Map<UUID, Integer> expectedDegree = Map.of(a, 3, b, 3, c, 2, p2, 2, y, 2, p1, 1, x, 1, p3, 0);
        expectedBetweenness.forEach((id, value) -> assertThat(score(analysis, id, "b")).as("betweenness")
                .isCloseTo(value, within(1e-9)));
        expectedDegree.forEach((id, value) -> assertThat(analysis.scores().degree()[index(analysis, id)])
                .as("degree").isEqualTo(value));
        assertThat(score(analysis, a, "c")).isCloseTo(6.0 / 7 * 6.0 / 10, within(1e-9));
        assertThat(score(analysis, p1, "c")).isCloseTo(6.0 / 7 * 6.0 / 15, within(1e-9));
        assertThat(score(analysis, b, "c")).isCloseTo(6.0 / 7 * 6.0 / 9, within(1e-9));
        assertThat(score(analysis, p3, "c")).isZero();
    }

    @Test
    void reachCountsDistinctPathsAndFindsTheOnePersonEachBodyHangsOn() {
        GraphAnalysis analysis = analysis();
        Reach.BodyReach toX = body(analysis, x);
        assertThat(toX.reached()).isTrue();
        assertThat(toX.distinctPaths()).isEqualTo(1);
        assertThat(ids(analysis, toX.gateways())).containsExactly(a);
        assertThat(toX.cutPeople()).containsExactly(a);

        // Two paths into Y (P2 directly, and B–C), but the direct one relies on C's role: C alone cuts both.
        Reach.BodyReach toY = body(analysis, y);
        assertThat(toY.distinctPaths()).isEqualTo(2);
        assertThat(ids(analysis, toY.gateways())).containsExactlyInAnyOrder(c, p2);
        assertThat(toY.cutPeople()).containsExactly(c);
    }

    @Test
    void journeysAreCountedThroughTheWorkEachPersonTookPartIn() {
        GraphAnalysis analysis = analysis();
        assertThat(analysis.journeysOf(a)).isEqualTo(2); // j1 via the relationship and the conversation, j3
        assertThat(analysis.journeysOf(b)).isEqualTo(2); // j1, j3 via the conversation
        // j2 via the seat; the claim on the relationship relying on C was withdrawn a month before the day.
        assertThat(analysis.journeysOf(c)).isEqualTo(1);
    }

    @Test
    void theDayDecidesStrengthRolesAndConversationWeight() {
        KnownFacts facts = facts();
        NetworkGraph before = new NetworkGraph(LocalDate.parse("2022-06-01"), facts.ties(LocalDate.parse("2022-06-01")),
                directory);
        NetworkGraph.Link ax = link(before, a, x);
        assertThat(ax.strength()).isEqualTo(Strength.AWARE);
        assertThat(before.indexOf(c)).isNotNegative();
        assertThat(link(before, a, b)).isNull(); // the conversation happened in 2023
        NetworkGraph after = analysis().graph();
        assertThat(link(after, a, x).strength()).isEqualTo(Strength.TRUSTED);
        // A year old: half weight. The relationship-free pair A–B is linked by that one conversation only.
        assertThat(link(after, a, b).weight()).isCloseTo(0.5, within(1e-3));
        assertThat(link(after, p2, y).dependsOn()).containsExactly(c);
    }

    private static NetworkGraph.Link link(NetworkGraph graph, UUID one, UUID other) {
        int u = graph.indexOf(one);
        int v = graph.indexOf(other);
        return graph.links().stream().filter(l -> (l.a() == u && l.b() == v) || (l.a() == v && l.b() == u))
                .findFirst().orElse(null);
    }

    private static Reach.BodyReach body(GraphAnalysis analysis, UUID id) {
        return analysis.bodies().stream().filter(r -> r.body() == index(analysis, id)).findFirst().orElseThrow();
    }

    private static List<UUID> ids(GraphAnalysis analysis, List<Integer> indices) {
        return indices.stream().map(i -> analysis.graph().nodes().get(i).id()).toList();
    }

    private static int index(GraphAnalysis analysis, UUID id) {
        return analysis.graph().indexOf(id);
    }

    private static double score(GraphAnalysis analysis, UUID id, String which) {
        int v = index(analysis, id);
        return which.equals("b") ? analysis.scores().betweenness()[v] : analysis.scores().closeness()[v];
    }
}
