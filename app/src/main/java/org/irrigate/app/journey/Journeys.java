package org.irrigate.app.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.irrigate.app.journey.JourneyView.DecisionSummary;
import org.irrigate.app.journey.JourneyView.Forward;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.LedTo;
import org.irrigate.app.journey.JourneyView.TippingPointRef;
import org.irrigate.app.journey.Picture.Award;
import org.irrigate.app.journey.Picture.Bid;
import org.irrigate.app.journey.Picture.Claim;
import org.irrigate.app.journey.Picture.Conversation;
import org.irrigate.app.journey.Picture.Relationship;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.Viewer;
import org.springframework.stereotype.Service;

/**
 * Journeys backwards from a decision and forwards from a conversation or relationship, at any moment, from the live
 * journey ledger or from a disposable replay ({@code replayId}).
 */
@Service
public class Journeys {
    private final FactRows facts;
    private final Names names;
    private final Clock clock;
    private final LivePictures live;

    Journeys(FactRows facts, Names names, Clock clock, LivePictures live) {
        this.facts = facts;
        this.names = names;
        this.clock = clock;
        this.live = live;
    }

    /** The picture of the network at a moment, as the viewer may see it, and the means to build journeys in it. */
    Scene scene(String replayId, Moment moment, Viewer viewer) {
        Supplier<Picture> build = () -> Picture.of(
                each -> facts.forEach(replayId, moment.knownOn(), viewer, each), moment.asOf());
        Picture picture = replayId == null && moment.knownOn() == null
                ? live.now(viewer, moment.asOf(), build) : build.get();
        return new Scene(picture, new JourneyBuilder(picture, names.load(moment.knownOn(), viewer), moment,
                LocalDate.now(clock)), moment);
    }

    record Scene(Picture picture, JourneyBuilder builder, Moment moment) {
        /** Every award's journey: the successful ones, in a stable order. */
        List<Journey> awardJourneys() {
            return picture.awards.values().stream().sorted(Comparator.comparing((Award a) -> a.awardedOn)
                    .thenComparing(a -> a.id)).map(builder::ofAward).toList();
        }

        /** Every decided bid's journey, declined ones included. */
        List<Journey> decisionJourneys() {
            return picture.bids.values().stream().filter(b -> b.decision != null)
                    .sorted(Comparator.comparing((Bid b) -> b.decision.decidedOn()).thenComparing(b -> b.id))
                    .map(builder::ofBid).toList();
        }
    }

    public Journey ofAward(UUID award, Moment moment, Viewer viewer) {
        Scene scene = scene(null, moment, viewer);
        return scene.builder().ofAward(known(scene.picture().awards, award, "Award"));
    }

    public Journey ofBid(UUID bid, Moment moment, Viewer viewer) {
        Scene scene = scene(null, moment, viewer);
        return scene.builder().ofBid(known(scene.picture().bids, bid, "Bid"));
    }

    /** Unknown at this moment, or not visible to this viewer: 404 either way. */
    static <T> T known(Map<UUID, T> records, UUID id, String what) {
        T found = records.get(id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }

    /** What a conversation led to: claims on it, on advocacy and relationships it fed, and on its follow-ups. */
    public Forward fromConversation(UUID conversation, Moment moment, Viewer viewer) {
        Scene scene = scene(null, moment, viewer);
        Picture picture = scene.picture();
        Conversation start = picture.knownConversation(conversation);
        if (start == null) {
            throw new NotFoundException("Conversation", conversation);
        }
        Map<UUID, LedTo> ledTo = new LinkedHashMap<>();
        List<UUID> followUps = new ArrayList<>();
        Set<UUID> reached = new LinkedHashSet<>();
        if (picture.standingConversation(conversation) != null) {
            Deque<UUID> open = new ArrayDeque<>(List.of(conversation));
            Map<UUID, List<String>> paths = new LinkedHashMap<>(Map.of(conversation, List.of()));
            while (!open.isEmpty()) {
                UUID id = open.pop();
                reached.add(id);
                forwardOf(scene, id, paths.get(id), ledTo);
                for (UUID next : picture.conversations.get(id).followedUpBy) {
                    Conversation c = picture.standingConversation(next);
                    if (c != null && !paths.containsKey(next)) {
                        List<String> path = new ArrayList<>(paths.get(id));
                        path.add("followed up by the conversation on " + c.happenedOn + ": " + c.details.topic());
                        paths.put(next, path);
                        followUps.add(next);
                        open.add(next);
                    }
                }
            }
        }
        return new Forward(moment, "CONVERSATION", conversation, start.retracted != null
                ? "retracted conversation: " + start.retracted
                : "conversation on " + start.happenedOn + ": " + start.details.topic(), sorted(ledTo), followUps,
                tippingPoints(picture, reached::contains));
    }

    /** What a relationship led to: claims on it, and what its evidence conversations led to. */
    public Forward fromRelationship(UUID relationship, Moment moment, Viewer viewer) {
        Scene scene = scene(null, moment, viewer);
        Relationship r = known(scene.picture().relationships, relationship, "Relationship");
        Map<UUID, LedTo> ledTo = new LinkedHashMap<>();
        claims(scene, c -> relationship.equals(c.work.uuid()), List.of("relationship"), ledTo);
        r.assessments.stream().flatMap(a -> a.evidence().stream()).distinct().forEach(c -> {
            Conversation evidence = scene.picture().standingConversation(c);
            if (evidence != null) {
                forwardOf(scene, c, List.of("evidence: the conversation on " + evidence.happenedOn + ": "
                        + evidence.details.topic()), ledTo);
            }
        });
        String label = "relationship: " + scene.builder().party(r.first).name() + " – "
                + scene.builder().party(r.second).name();
        return new Forward(moment, "RELATIONSHIP", relationship, label, sorted(ledTo), List.of(),
                tippingPoints(scene.picture(), c -> false));
    }

    private static void forwardOf(Scene scene, UUID conversation, List<String> path, Map<UUID, LedTo> ledTo) {
        Picture picture = scene.picture();
        claims(scene, c -> conversation.equals(c.work.conversationId() == null ? null
                : c.work.conversationId().value()), plus(path, "conversation"), ledTo);
        picture.advocacy.values().forEach(a -> a.steps.stream().filter(s -> s.conversations().contains(conversation))
                .findFirst().ifPresent(step -> claims(scene, c -> a.id.equals(c.work.uuid()),
                        plus(path, "advocacy step " + step.number() + " of: " + a.ask), ledTo)));
        picture.relationships.values().stream()
                .filter(r -> r.assessments.stream().anyMatch(x -> x.evidence().contains(conversation)))
                .forEach(r -> claims(scene, c -> r.id.equals(c.work.uuid()), plus(path, "evidence for the relationship "
                        + scene.builder().party(r.first).name() + " – " + scene.builder().party(r.second).name()),
                        ledTo));
    }

    private static void claims(Scene scene, Predicate<Claim> about, List<String> path, Map<UUID, LedTo> ledTo) {
        Picture picture = scene.picture();
        picture.claims.values().stream().filter(about).forEach(claim -> {
            DecisionSummary decision = claim.award != null && picture.awards.containsKey(claim.award)
                    ? scene.builder().awardSummary(picture.awards.get(claim.award),
                    picture.bids.get(picture.awards.get(claim.award).bid))
                    : claim.bid != null && picture.bids.containsKey(claim.bid)
                    ? scene.builder().bidSummary(picture.bids.get(claim.bid), picture.awardsOn(claim.bid)) : null;
            if (decision != null) {
                ledTo.putIfAbsent(claim.id, new LedTo(decision, claim.id, claim.status, claim.strength, path));
            }
        });
    }

    private static List<String> plus(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static List<LedTo> sorted(Map<UUID, LedTo> ledTo) {
        return ledTo.values().stream().sorted(Comparator.comparing((LedTo l) -> l.decision().decidedOn(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(LedTo::claimId)).toList();
    }

    private static List<TippingPointRef> tippingPoints(Picture picture, Predicate<UUID> linkedConversation) {
        return picture.tippingPoints.values().stream().map(Picture.Marked::event)
                .filter(t -> t.conversations().stream().anyMatch(c -> linkedConversation.test(c.value())))
                .map(t -> new TippingPointRef(t.tippingPointId().value(), t.happenedOn(), t.whatChanged()))
                .sorted(Comparator.comparing(TippingPointRef::happenedOn).thenComparing(TippingPointRef::tippingPointId))
                .toList();
    }
}
