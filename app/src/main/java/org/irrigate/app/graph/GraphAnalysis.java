package org.irrigate.app.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The network on one day with its figures: centrality of every node, how the partners reach every body, and for
 * each person the funding journeys whose contribution claims rest on work they took part in.
 */
public record GraphAnalysis(NetworkGraph graph, Centrality.Scores scores, List<Reach.BodyReach> bodies,
                            Map<UUID, Set<UUID>> journeysByPerson) {

    public static GraphAnalysis of(NetworkGraph graph, Map<UUID, Set<UUID>> journeysByWork) {
        Centrality.Scores scores = Centrality.of(graph.neighbours());
        Reach reach = new Reach(graph);
        List<Reach.BodyReach> bodies = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            if (graph.nodes().get(v).body()) {
                bodies.add(reach.of(v));
            }
        }
        return new GraphAnalysis(graph, scores, bodies, journeysByPerson(graph, journeysByWork));
    }

    /** A person's journeys: those claiming a conversation they were in, a relationship or seat that is theirs. */
    private static Map<UUID, Set<UUID>> journeysByPerson(NetworkGraph graph, Map<UUID, Set<UUID>> journeysByWork) {
        Map<UUID, Set<UUID>> byPerson = new HashMap<>();
        for (NetworkGraph.Link link : graph.links()) {
            for (Tie tie : link.ties()) {
                Set<UUID> journeys = journeysByWork.get(tie.work());
                if (journeys == null) {
                    continue;
                }
                Set<UUID> people = new HashSet<>();
                if (tie.aKind() == NodeKind.PERSON) {
                    people.add(tie.a());
                }
                if (tie.bKind() == NodeKind.PERSON) {
                    people.add(tie.b());
                }
                if (tie.dependsOn() != null) {
                    people.add(tie.dependsOn());
                }
                people.forEach(p -> byPerson.computeIfAbsent(p, k -> new HashSet<>()).addAll(journeys));
            }
        }
        return byPerson;
    }

    public int journeysOf(UUID person) {
        return journeysByPerson.getOrDefault(person, Set.of()).size();
    }

    public boolean reached(UUID body) {
        return bodies.stream().anyMatch(b -> b.reached() && graph.nodes().get(b.body()).id().equals(body));
    }
}
