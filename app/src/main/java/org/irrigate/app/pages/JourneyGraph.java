package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.irrigate.app.journey.JourneyView.AdvocacyLink;
import org.irrigate.app.journey.JourneyView.Carrier;
import org.irrigate.app.journey.JourneyView.ClaimLink;
import org.irrigate.app.journey.JourneyView.ConversationLink;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.Participant;
import org.irrigate.app.journey.JourneyView.Ref;
import org.irrigate.app.journey.JourneyView.RelationshipLink;
import org.irrigate.app.journey.JourneyView.StepLink;
import org.irrigate.app.journey.JourneyView.StrengthAt;
import org.irrigate.funding.api.ContributionStrength;

/**
 * A journey as a network for static/js/network.js: the decision, the conversations and advocacy that led to it,
 * the people and organisations in them, and the relationships between them. Every node and edge carries the day
 * it entered the journey, so the slider shows the journey growing; people whose departure puts the journey at risk
 * are marked.
 */
final class JourneyGraph {
    private static final int TOOK_PART = 1;

    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final List<Map<String, Object>> edges = new ArrayList<>();
    private final TreeSet<LocalDate> days = new TreeSet<>();

    static Map<String, Object> of(Journey journey) {
        return new JourneyGraph().draw(journey);
    }

    private Map<String, Object> draw(Journey journey) {
        Set<UUID> atRisk = new java.util.HashSet<>();
        if (journey.keyPersonRisk() != null && journey.keyPersonRisk().atRisk()) {
            journey.keyPersonRisk().links().forEach(r -> atRisk.add(r.id()));
        }
        for (Carrier carrier : journey.people()) {
            if (carrier.roleEnded() && carrier.atDecidingBody()) {
                atRisk.add(carrier.person().id());
            }
        }
        var decision = journey.decision();
        LocalDate decidedOn = decision.decidedOn() != null ? decision.decidedOn() : decision.awardedOn();
        String decisionNode = "decision:" + decision.id();
        node(decisionNode, decision.title(), "decision", null, decidedOn, false);
        if (decision.funder() != null) {
            ref(decision.funder(), "organisation", decidedOn, atRisk);
            edge(decisionNode, decision.funder().id().toString(), decidedOn, 2, "funder");
        }
        for (ConversationLink c : journey.conversations()) {
            String id = "conversation:" + c.conversationId();
            node(id, c.topic(), "conversation", "/conversations/" + c.conversationId(), c.happenedOn(), false);
            for (Ref organisation : c.organisations()) {
                edge(id, ref(organisation, "organisation", c.happenedOn(), atRisk), c.happenedOn(), TOOK_PART, "took part");
            }
            for (Participant person : c.people()) {
                edge(id, ref(person.person(), "person", c.happenedOn(), atRisk), c.happenedOn(), TOOK_PART, "took part");
            }
        }
        for (AdvocacyLink a : journey.advocacy()) {
            LocalDate first = a.steps().stream().map(StepLink::happenedOn).min(LocalDate::compareTo).orElse(decidedOn);
            String id = "advocacy:" + a.advocacyActionId();
            node(id, a.ask(), "advocacy", "/advocacy/" + a.advocacyActionId(), first, false);
            if (a.target() != null) {
                edge(id, ref(a.target(), "organisation", first, atRisk), first, 2, "targets");
            }
            for (StepLink step : a.steps()) {
                for (UUID conversation : step.conversations()) {
                    if (nodes.containsKey("conversation:" + conversation)) {
                        edge(id, "conversation:" + conversation, step.happenedOn(), 2, "step " + step.number());
                    }
                }
            }
        }
        for (RelationshipLink r : journey.relationships()) {
            LocalDate first = r.history().stream().map(StrengthAt::on).min(LocalDate::compareTo).orElse(decidedOn);
            String a = ref(r.first(), kindOf(r.first()), first, atRisk);
            String b = ref(r.second(), kindOf(r.second()), first, atRisk);
            List<Map<String, Object>> history = r.history().stream().map(h -> Map.<String, Object>of(
                    "on", h.on().toString(), "strength", h.strength().ordinal(), "label", h.strength().label())).toList();
            List<Map<String, Object>> risks = r.atRiskFrom() == null ? List.of()
                    : List.of(Map.of("on", r.atRiskFrom().toString(), "atRisk", true));
            r.history().forEach(h -> days.add(h.on()));
            if (r.atRiskFrom() != null) {
                days.add(r.atRiskFrom());
            }
            edges.add(edgeData(a, b, first, history, risks));
        }
        for (ClaimLink claim : journey.claims()) {
            String work = "conversation:" + claim.workId();
            if (!nodes.containsKey(work)) {
                work = "advocacy:" + claim.workId();
            }
            if (claim.followed() && nodes.containsKey(work)) {
                edge(work, decisionNode, claim.claimedOn(), strength(claim.strength()), "claim: "
                        + claim.strength().name().toLowerCase());
            }
        }
        return Map.of("nodes", List.copyOf(nodes.values()), "edges", edges,
                "days", days.stream().map(LocalDate::toString).toList());
    }

    /** Contribution strength on the map's strength scale (0 faint … 4 strong). */
    private static int strength(ContributionStrength strength) {
        return switch (strength) {
            case ESSENTIAL -> 4;
            case SIGNIFICANT -> 3;
            case SOME -> 2;
        };
    }

    private String kindOf(Ref ref) {
        Map<String, Object> known = nodes.get(ref.id().toString());
        return known == null ? "organisation" : (String) known.get("kind");
    }

    private String ref(Ref ref, String kind, LocalDate since, Set<UUID> atRisk) {
        String id = ref.id().toString();
        node(id, ref.name(), kind, (kind.equals("person") ? "/people/" : "/organisations/") + id, since,
                atRisk.contains(ref.id()));
        return id;
    }

    private void node(String id, String name, String kind, String href, LocalDate since, boolean risk) {
        if (since != null) {
            days.add(since);
        }
        Map<String, Object> existing = nodes.get(id);
        if (existing != null) {
            if (since != null && since.toString().compareTo((String) existing.get("since")) < 0) {
                existing.put("since", since.toString());
            }
            return;
        }
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("name", name == null ? "" : name);
        node.put("kind", kind);
        node.put("href", href == null ? "#" : href);
        node.put("since", (since == null ? LocalDate.MIN : since).toString());
        node.put("risk", risk);
        nodes.put(id, node);
    }

    private void edge(String a, String b, LocalDate on, int strength, String label) {
        LocalDate day = on == null ? LocalDate.MIN : on;
        if (on != null) {
            days.add(on);
        }
        edges.add(edgeData(a, b, day, List.of(Map.of("on", day.toString(), "strength", strength, "label", label)),
                List.of()));
    }

    private static Map<String, Object> edgeData(String a, String b, LocalDate on, List<Map<String, Object>> history,
                                                List<Map<String, Object>> risks) {
        Map<String, Object> edge = new LinkedHashMap<>();
        edge.put("id", a + "-" + b);
        edge.put("a", a);
        edge.put("b", b);
        edge.put("recordedOn", on.toString());
        edge.put("history", history);
        edge.put("risks", risks);
        return edge;
    }
}
