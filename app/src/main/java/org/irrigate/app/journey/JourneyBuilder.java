package org.irrigate.app.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.irrigate.app.journey.JourneyView.AdvocacyLink;
import org.irrigate.app.journey.JourneyView.Carrier;
import org.irrigate.app.journey.JourneyView.ClaimLink;
import org.irrigate.app.journey.JourneyView.ConversationLink;
import org.irrigate.app.journey.JourneyView.DecisionSummary;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.KeyPersonRisk;
import org.irrigate.app.journey.JourneyView.LeadTime;
import org.irrigate.app.journey.JourneyView.Participant;
import org.irrigate.app.journey.JourneyView.Ref;
import org.irrigate.app.journey.JourneyView.RelationshipLink;
import org.irrigate.app.journey.JourneyView.RoleAt;
import org.irrigate.app.journey.JourneyView.SeatLink;
import org.irrigate.app.journey.JourneyView.StepLink;
import org.irrigate.app.journey.JourneyView.StrengthAt;
import org.irrigate.app.journey.Picture.Advocacy;
import org.irrigate.app.journey.Picture.Award;
import org.irrigate.app.journey.Picture.Bid;
import org.irrigate.app.journey.Picture.Claim;
import org.irrigate.app.journey.Picture.Conversation;
import org.irrigate.app.journey.Picture.Relationship;
import org.irrigate.app.journey.Picture.Role;
import org.irrigate.app.journey.Picture.Seat;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.influence.api.Party;

/**
 * Builds one journey backwards from a decision: the contribution claims about it, the advocacy, relationships and
 * seats they name, the conversations behind those (advocacy steps, relationship evidence, follow-up chains, up to
 * the decision), advocacy that worked on the deciding body through those conversations, and the people in them.
 */
final class JourneyBuilder {
    private final Picture picture;
    private final Names.Lookup names;
    private final Moment moment;
    private final LocalDate today;

    JourneyBuilder(Picture picture, Names.Lookup names, Moment moment, LocalDate today) {
        this.picture = picture;
        this.names = names;
        this.moment = moment;
        this.today = today;
    }

    Names.Lookup names() {
        return names;
    }

    /** What its journeys depend on besides the picture: the same inputs on the same picture build the same journeys. */
    List<Object> inputs() {
        return List.of(names, moment, today);
    }

    /** The decision of a bid and every award made on it. */
    Journey ofBid(Bid bid) {
        List<Award> awards = picture.awardsOn(bid.id);
        return build(bidSummary(bid, awards), bid, awards);
    }

    Journey ofAward(Award award) {
        Bid bid = award.bid == null ? null : picture.bids.get(award.bid);
        return build(awardSummary(award, bid), bid, List.of(award));
    }

    DecisionSummary bidSummary(Bid bid, List<Award> awards) {
        Picture.Decision d = bid.decision;
        return new DecisionSummary("BID", bid.id, bid.id, awards.stream().map(a -> a.id).sorted().toList(), bid.title,
                names.organisation(bid.funder), names.organisation(d == null ? null : d.decisionMaker()),
                d == null ? null : d.outcome(), d == null ? 0 : d.amount(), d == null ? null : d.decidedOn(),
                awards.isEmpty() ? null : awards.getFirst().awardedOn, d == null ? List.of() : people(d.decidedBy()));
    }

    DecisionSummary awardSummary(Award award, Bid bid) {
        Picture.Decision d = bid == null ? null : bid.decision;
        OrganisationId funder = funder(award, bid);
        return new DecisionSummary("AWARD", award.id, bid == null ? null : bid.id, List.of(award.id), award.title,
                names.organisation(funder), names.organisation(d == null ? funder : d.decisionMaker()),
                d == null ? DecisionOutcome.AWARDED : d.outcome(), award.total,
                d == null ? award.awardedOn : d.decidedOn(), award.awardedOn,
                d == null ? List.of() : people(d.decidedBy()));
    }

    static OrganisationId funder(Award award, Bid bid) {
        return award.funder != null ? award.funder : bid == null ? null : bid.funder;
    }

    private Journey build(DecisionSummary decision, Bid bid, List<Award> awards) {
        LocalDate decidedOn = decision.decidedOn() != null ? decision.decidedOn() : moment.day(today);
        Set<UUID> awardIds = Set.copyOf(decision.awardIds());
        List<Claim> claims = picture.claimsOn(awardIds, bid == null ? null : bid.id).stream()
                .sorted(Comparator.comparing((Claim c) -> c.claimedOn).thenComparing(c -> c.id)).toList();
        Trail trail = new Trail(decidedOn);
        for (Claim claim : claims) {
            if (claim.status != ClaimStatus.WITHDRAWN) {
                trail.follow(claim);
            }
        }
        trail.followUps();
        Set<OrganisationId> body = new LinkedHashSet<>();
        if (decision.decisionMaker() != null) {
            body.add(new OrganisationId(decision.decisionMaker().id()));
        }
        if (decision.funder() != null) {
            body.add(new OrganisationId(decision.funder().id()));
        }
        trail.tried(body);
        List<ConversationLink> conversations = trail.conversations.entrySet().stream()
                .map(e -> conversation(picture.conversations.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(ConversationLink::happenedOn).thenComparing(ConversationLink::conversationId))
                .toList();
        List<Carrier> carriers = carriers(trail, body);
        return new Journey(moment, decision, claims.stream().map(this::claim).toList(),
                trail.advocacy.entrySet().stream().map(e -> advocacy(picture.advocacy.get(e.getKey()), e.getValue()))
                        .toList(),
                conversations, trail.relationships.stream().map(id -> relationship(picture.relationships.get(id)))
                        .toList(),
                trail.seats.stream().map(id -> seat(picture.seats.get(id))).toList(), carriers,
                leadTime(conversations, decision.decidedOn()), risk(carriers, trail, body));
    }

    /** What the journey reaches, with how it got there; everything bounded by the decision's date. */
    private final class Trail {
        final LocalDate until;
        final Map<UUID, List<String>> conversations = new LinkedHashMap<>();
        final Map<UUID, String> advocacy = new LinkedHashMap<>();
        final Set<UUID> relationships = new LinkedHashSet<>();
        final Set<UUID> seats = new LinkedHashSet<>();

        Trail(LocalDate until) {
            this.until = until;
        }

        void follow(Claim claim) {
            switch (claim.work.kind()) {
                case CONVERSATION -> conversation(claim.work.conversationId().value(), "claim", false);
                case ADVOCACY_ACTION -> advocacy(claim.work.advocacyActionId().value(), "CLAIMED");
                case RELATIONSHIP -> {
                    Relationship r = picture.relationships.get(claim.work.relationshipId().value());
                    if (r != null) {
                        relationships.add(r.id);
                        r.assessments.stream().filter(a -> !a.happenedOn().isAfter(until))
                                .forEach(a -> a.evidence().forEach(c -> conversation(c, "relationship evidence", true)));
                    }
                }
                case REPRESENTATION -> {
                    if (picture.seats.containsKey(claim.work.representationId().value())) {
                        seats.add(claim.work.representationId().value());
                    }
                }
                case null -> {
                }
            }
        }

        void advocacy(UUID id, String via) {
            Advocacy action = picture.advocacy.get(id);
            if (action == null || advocacy.containsKey(id)) {
                return;
            }
            advocacy.put(id, via);
            action.steps.stream().filter(s -> !s.happenedOn().isAfter(until)).forEach(s -> s.conversations()
                    .forEach(c -> conversation(c, "advocacy step " + s.number(), true)));
        }

        /** A claimed conversation counts whenever it happened; one reached through other work only up to the decision. */
        void conversation(UUID id, String via, boolean bounded) {
            Conversation c = picture.standingConversation(id);
            if (c == null || (bounded && c.happenedOn.isAfter(until))) {
                return;
            }
            List<String> ways = conversations.computeIfAbsent(id, k -> new ArrayList<>());
            if (!ways.contains(via)) {
                ways.add(via);
            }
        }

        /** The chain of follow-up conversations either side of what the journey reached, up to the decision. */
        void followUps() {
            Deque<UUID> open = new ArrayDeque<>(conversations.keySet());
            while (!open.isEmpty()) {
                UUID id = open.pop();
                Conversation c = picture.conversations.get(id);
                List<UUID> linked = new ArrayList<>(c.followedUpBy);
                linked.addAll(picture.followedUpFrom(id));
                for (UUID next : linked) {
                    // "via" says how the journey reaches a conversation: the chain only adds what nothing else reached
                    if (!conversations.containsKey(next)) {
                        conversation(next, "follow-up", true);
                        if (conversations.containsKey(next)) {
                            open.add(next);
                        }
                    }
                }
            }
        }

        /** Advocacy aimed at the deciding body that used a conversation of this journey: what was tried. */
        void tried(Set<OrganisationId> body) {
            List<Advocacy> candidates = picture.advocacyAt(body).stream()
                    .filter(a -> !advocacy.containsKey(a.id))
                    .filter(a -> a.steps.stream().anyMatch(s -> s.conversations().stream()
                            .anyMatch(conversations::containsKey)))
                    .toList();
            candidates.forEach(a -> advocacy(a.id, "TRIED"));
        }
    }

    private ClaimLink claim(Claim c) {
        return new ClaimLink(c.id, c.award != null ? "AWARD" : "BID", c.work.kind() == null ? null : c.work.kind().name(),
                c.work.uuid(), work(c), c.strength, c.status, c.statusReason, c.rationale,
                names.organisation(c.claimedBy), c.claimedOn, c.status != ClaimStatus.WITHDRAWN);
    }

    /** A line about the claimed work as this moment and viewer may know it. */
    String work(Claim c) {
        UUID id = c.work.uuid();
        return switch (c.work.kind()) {
            case CONVERSATION -> {
                Conversation conversation = picture.knownConversation(id);
                if (conversation == null) {
                    yield "a conversation not on record for you at this moment";
                }
                yield conversation.retracted != null ? "retracted conversation: " + conversation.retracted
                        : "conversation on " + conversation.happenedOn + ": " + conversation.details.topic();
            }
            case ADVOCACY_ACTION -> picture.advocacy.containsKey(id) ? "advocacy: " + picture.advocacy.get(id).ask
                    : "an advocacy action not on record at this moment";
            case RELATIONSHIP -> picture.relationships.containsKey(id) ? "relationship: "
                    + party(picture.relationships.get(id).first).name() + " – "
                    + party(picture.relationships.get(id).second).name() : "a relationship not on record at this moment";
            case REPRESENTATION -> picture.seats.containsKey(id) ? "seat: " + picture.seats.get(id).seat + " on "
                    + names.organisation(picture.seats.get(id).body).name() : "a seat not on record at this moment";
            case null -> "unnamed work";
        };
    }

    ConversationLink conversation(Conversation c, List<String> via) {
        return new ConversationLink(c.id, c.happenedOn, c.details.topic(), c.details.channel().name(),
                names.organisation(c.loggedBy), c.privateTo != null, names.organisations(c.organisations()),
                c.people().stream().map(p -> new Participant(names.person(p), roles(p, c.happenedOn))).toList(),
                c.details.asks(), c.corrections, List.copyOf(via));
    }

    private AdvocacyLink advocacy(Advocacy a, String via) {
        return new AdvocacyLink(a.id, via, a.ask, a.decisionAtStake, names.organisation(a.target),
                names.organisations(a.advocates), people(a.targetPeople.stream().sorted(Comparator.comparing(
                        PersonId::value)).toList()),
                a.steps.stream().map(s -> new StepLink(s.number(), s.kind(), s.description(), s.happenedOn(),
                        s.conversations().stream().filter(c -> picture.standingConversation(c) != null).toList()))
                        .toList(), a.response, a.responseNote, a.outcome, a.outcomeNote);
    }

    private RelationshipLink relationship(Relationship r) {
        return new RelationshipLink(r.id, party(r.first), party(r.second), r.strength(),
                r.assessments.stream().map(a -> new StrengthAt(a.strength(), a.happenedOn())).toList(),
                r.dependsOn == null ? null : names.person(r.dependsOn.personId()), r.atRiskFrom,
                r.assessments.stream().flatMap(a -> a.evidence().stream())
                        .filter(c -> picture.standingConversation(c) != null).distinct().toList());
    }

    private SeatLink seat(Seat s) {
        return new SeatLink(s.id, names.person(s.person), names.organisation(s.organisation),
                names.organisation(s.body), s.seat, s.startedOn, s.endedOn);
    }

    Ref party(Party party) {
        return party.isPerson() ? names.person(party.personId()) : names.organisation(party.organisationId());
    }

    private List<Ref> people(List<PersonId> ids) {
        return ids.stream().map(names::person).toList();
    }

    /** The roles a person held on a day (null: every role on record). */
    List<RoleAt> roles(PersonId person, LocalDate on) {
        return picture.rolesOf(person).stream()
                .filter(r -> on == null || (!r.startedOn.isAfter(on) && (r.endedOn == null || !r.endedOn.isBefore(on))))
                .map(this::role).toList();
    }

    private RoleAt role(Role r) {
        return new RoleAt(names.organisation(r.organisation), r.title, r.startedOn,
                picture.ended(r) ? r.endedOn : null);
    }

    private List<Carrier> carriers(Trail trail, Set<OrganisationId> body) {
        Map<PersonId, Integer> people = new LinkedHashMap<>();
        trail.conversations.keySet().forEach(id -> picture.conversations.get(id).people()
                .forEach(p -> people.merge(p, 1, Integer::sum)));
        trail.advocacy.keySet().forEach(id -> picture.advocacy.get(id).targetPeople
                .forEach(p -> people.merge(p, 0, Integer::sum)));
        for (UUID id : trail.relationships) {
            Relationship r = picture.relationships.get(id);
            for (Party party : List.of(r.first, r.second)) {
                if (party.isPerson()) {
                    people.merge(party.personId(), 0, Integer::sum);
                }
            }
            if (r.dependsOn != null) {
                people.merge(r.dependsOn.personId(), 0, Integer::sum);
            }
        }
        trail.seats.forEach(id -> people.merge(picture.seats.get(id).person, 0, Integer::sum));
        return people.entrySet().stream().map(e -> {
            List<Role> there = picture.rolesOf(e.getKey()).stream().filter(r -> body.contains(r.organisation)).toList();
            return new Carrier(names.person(e.getKey()), picture.rolesOf(e.getKey()).stream().map(this::role).toList(),
                    e.getValue(), !there.isEmpty(), !there.isEmpty() && there.stream().allMatch(picture::ended));
        }).sorted(Comparator.comparing((Carrier c) -> -c.conversations()).thenComparing(c -> c.person(), Ref.ORDER))
                .toList();
    }

    private static LeadTime leadTime(List<ConversationLink> conversations, LocalDate decidedOn) {
        LocalDate first = conversations.stream().map(ConversationLink::happenedOn)
                .filter(d -> decidedOn == null || !d.isAfter(decidedOn)).min(Comparator.naturalOrder()).orElse(null);
        return new LeadTime(first, decidedOn, first == null || decidedOn == null ? null
                : ChronoUnit.DAYS.between(first, decidedOn));
    }

    private KeyPersonRisk risk(List<Carrier> carriers, Trail trail, Set<OrganisationId> body) {
        List<UUID> atRisk = trail.relationships.stream()
                .filter(id -> picture.relationships.get(id).atRiskFrom != null).toList();
        List<Carrier> links = carriers.stream().filter(Carrier::atDecidingBody).toList();
        String bodies = String.join(" or ", body.stream().map(names::organisation).filter(Objects::nonNull)
                .map(Ref::name).toList());
        if (links.isEmpty()) {
            return new KeyPersonRisk(false, "No one at " + bodies + " is on record in this journey", List.of(), atRisk);
        }
        List<Ref> refs = links.stream().map(Carrier::person).toList();
        String who = String.join(", ", refs.stream().map(Ref::name).toList());
        if (links.stream().allMatch(Carrier::roleEnded)) {
            return new KeyPersonRisk(true, "The only link into " + bodies + " runs through " + who
                    + ", whose role there has ended", refs, atRisk);
        }
        return new KeyPersonRisk(false, "Linked into " + bodies + " through " + who, refs, atRisk);
    }
}
