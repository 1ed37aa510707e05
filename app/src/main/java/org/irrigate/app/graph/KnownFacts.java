package org.irrigate.app.graph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.influence.api.Strength;

/**
 * Every graph fact known at one record time (and visible to one reader), not yet cut to a day: {@link #ties} and
 * {@link #journeys} pick what held on a day. Read once, it answers every day of a time series or a comparison.
 */
public record KnownFacts(Map<UUID, List<RelationshipFact>> relationships,
                         Map<UUID, List<ConversationFact>> conversations, List<Span> spans, List<Claim> claims) {

    /** A conversation counts half as much after a year, a quarter after two: recent contact is a stronger tie. */
    static final double HALF_LIFE_DAYS = 365;

    public record RelationshipFact(long seq, String fact, NodeKind firstKind, UUID first, NodeKind secondKind,
                                   UUID second, Strength strength, UUID person, LocalDate happenedOn) {
    }

    /** A version of a conversation (participants as then recorded) or its retraction (no participants). */
    public record ConversationFact(long seq, boolean retracted, LocalDate happenedOn, List<Party> parties) {
    }

    public record Party(NodeKind kind, UUID id) {
    }

    /** A role or seat; {@code endedOn} null while it lasts (or while its end is not yet known). */
    public record Span(UUID id, LinkKind kind, UUID person, UUID organisation, String title, LocalDate startedOn,
                       LocalDate endedOn) {
        boolean heldOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        }
    }

    /** A contribution claim: the journey (the bid decision, and its award) it supports rests on this work. */
    public record Claim(UUID work, UUID journey, LocalDate happenedOn, LocalDate withdrawnOn) {
        boolean standsOn(LocalDate day) {
            return !happenedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
        }
    }

    /** The earliest day any known link began (a relationship fact, a conversation, a role or seat); null if none. */
    public LocalDate firstDay() {
        return java.util.stream.Stream.of(
                        relationships.values().stream().flatMap(List::stream).map(RelationshipFact::happenedOn),
                        conversations.values().stream().flatMap(List::stream).map(ConversationFact::happenedOn),
                        spans.stream().map(Span::startedOn))
                .flatMap(s -> s).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** What linked whom on {@code day}. */
    public List<Tie> ties(LocalDate day) {
        List<Tie> ties = new ArrayList<>();
        relationships.forEach((id, facts) -> relationshipTie(id, facts, day, ties));
        conversations.forEach((id, facts) -> conversationTies(id, facts, day, ties));
        for (Span span : spans) {
            if (span.heldOn(day)) {
                ties.add(Tie.of(span.person(), NodeKind.PERSON, span.organisation(), NodeKind.ORGANISATION,
                        span.kind(), span.id(), span.startedOn(), span.title()));
            }
        }
        return ties;
    }

    /** Work id → the journeys whose contribution claims stood on it on {@code day}. */
    public Map<UUID, Set<UUID>> journeys(LocalDate day) {
        Map<UUID, Set<UUID>> journeys = new java.util.HashMap<>();
        claims.stream().filter(c -> c.standsOn(day))
                .forEach(c -> journeys.computeIfAbsent(c.work(), w -> new HashSet<>()).add(c.journey()));
        return journeys;
    }

    /**
     * The latest assessment by the day it describes gives the strength; an "unaware" party is not reached, so it
     * links nobody. The latest flag or clearing says whether the relationship is at risk.
     */
    private static void relationshipTie(UUID id, List<RelationshipFact> facts, LocalDate day, List<Tie> ties) {
        RelationshipFact assessed = null;
        RelationshipFact risk = null;
        UUID dependsOn = null;
        LocalDate since = null;
        for (RelationshipFact f : facts) {
            if (f.happenedOn().isAfter(day)) {
                continue;
            }
            switch (f.fact()) {
                case "ASSESSED" -> {
                    since = since == null || f.happenedOn().isBefore(since) ? f.happenedOn() : since;
                    if (assessed == null || !f.happenedOn().isBefore(assessed.happenedOn())) {
                        assessed = f;
                    }
                }
                case "DEPENDS_ON" -> dependsOn = f.person();
                default -> risk = f;
            }
        }
        if (assessed == null || assessed.strength() == Strength.UNAWARE) {
            return;
        }
        boolean atRisk = risk != null && risk.fact().equals("AT_RISK");
        ties.add(new Tie(assessed.first(), assessed.firstKind(), assessed.second(), assessed.secondKind(),
                LinkKind.RELATIONSHIP, id, assessed.strength(), atRisk, 1, since, dependsOn, null));
    }

    /** The latest known version says who took part and when; a retracted conversation links nobody. */
    private static void conversationTies(UUID id, List<ConversationFact> facts, LocalDate day, List<Tie> ties) {
        if (facts.stream().anyMatch(ConversationFact::retracted)) {
            return;
        }
        ConversationFact latest = facts.stream().max(Comparator.comparingLong(ConversationFact::seq)).orElseThrow();
        if (latest.happenedOn().isAfter(day)) {
            return;
        }
        double weight = Math.pow(0.5, ChronoUnit.DAYS.between(latest.happenedOn(), day) / HALF_LIFE_DAYS);
        List<Party> parties = latest.parties().stream().distinct().toList();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                Party a = parties.get(i);
                Party b = parties.get(j);
                ties.add(new Tie(a.id(), a.kind(), b.id(), b.kind(), LinkKind.CONVERSATION, id, null, false, weight,
                        latest.happenedOn(), null, null));
            }
        }
    }
}
