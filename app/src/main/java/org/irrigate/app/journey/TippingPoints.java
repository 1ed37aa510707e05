package org.irrigate.app.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.irrigate.app.journey.JourneyView.Ref;
import org.irrigate.app.journey.Picture.Conversation;
import org.irrigate.app.journey.Picture.Relationship;
import org.irrigate.app.journey.Picture.Seat;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.springframework.stereotype.Service;

/**
 * Tipping points: those marked by partners, and suggested ones read from signals in the record, each with what the
 * signal was and the activity and money in the window before and after it. Suggested ones are only suggestions: a
 * partner marks a tipping point to make it one.
 */
@Service
public class TippingPoints {
    static final int DEFAULT_WINDOW_DAYS = 180;
    static final int MAX_WINDOW_DAYS = 1095;

    public enum Kind {
        MARKED, FIRST_SEAT, STRENGTH_JUMP, FIRST_INVITATION, VENUE_CHANGE
    }

    /** Counts in [from, to]: the day of the tipping point belongs to "after". */
    public record Activity(LocalDate from, LocalDate to, int conversations, int advocacySteps, int awards,
                           long awardedPence) {
    }

    public record TippingPointView(Kind kind, boolean suggested, UUID id, LocalDate happenedOn, String whatChanged,
                                   String explanation, List<Ref> organisations, Activity before, Activity after) {
    }

    private record Signal(Kind kind, UUID id, LocalDate on, String what, String why, Set<OrganisationId> orgs) {
    }

    private final Journeys journeys;

    TippingPoints(Journeys journeys) {
        this.journeys = journeys;
    }

    public List<TippingPointView> list(Moment moment, Viewer viewer, Integer windowDays, boolean includeSuggested) {
        int window = windowDays == null ? DEFAULT_WINDOW_DAYS : windowDays;
        InvalidInputException.require(window >= 1 && window <= MAX_WINDOW_DAYS, "windowDays",
                "must be between 1 and " + MAX_WINDOW_DAYS);
        Journeys.Scene scene = journeys.scene(null, moment, viewer);
        Picture picture = scene.picture();
        List<Signal> signals = new ArrayList<>();
        Set<UUID> markedConversations = new HashSet<>();
        for (Picture.Marked marked : picture.tippingPoints.values()) {
            TippingPointMarked t = marked.event();
            t.conversations().forEach(c -> markedConversations.add(c.value()));
            signals.add(new Signal(Kind.MARKED, t.tippingPointId().value(), t.happenedOn(), t.whatChanged(),
                    "Before: " + t.before() + " After: " + t.after(), t.organisations()));
        }
        if (includeSuggested) {
            firstSeats(scene, signals);
            strengthJumps(scene, signals);
            conversationSignals(scene, signals, markedConversations);
        }
        Names.Lookup names = scene.builder().names();
        return signals.stream().sorted(Comparator.comparing(Signal::on).thenComparing(Signal::kind)
                        .thenComparing(Signal::id))
                .map(s -> new TippingPointView(s.kind(), s.kind() != Kind.MARKED, s.id(), s.on(), s.what(), s.why(),
                        names.organisations(s.orgs()), activity(picture, s.orgs(), s.on().minusDays(window),
                        s.on().minusDays(1)), activity(picture, s.orgs(), s.on(), s.on().plusDays(window - 1))))
                .toList();
    }

    /** The first seat each organisation took on a strategic body. */
    private static void firstSeats(Journeys.Scene scene, List<Signal> signals) {
        Map<OrganisationId, Seat> first = new TreeMap<>(Comparator.comparing(OrganisationId::value));
        scene.picture().seats.values().stream().sorted(Comparator.comparing((Seat s) -> s.startedOn)
                .thenComparing(s -> s.id)).forEach(s -> first.putIfAbsent(s.organisation, s));
        Names.Lookup names = scene.builder().names();
        first.values().forEach(s -> signals.add(new Signal(Kind.FIRST_SEAT, s.id, s.startedOn,
                "First seat on a strategic body for " + names.organisation(s.organisation).name(),
                names.person(s.person).name() + " took the seat '" + s.seat + "' on "
                        + names.organisation(s.body).name() + ": a new channel of influence",
                Set.of(s.organisation, s.body))));
    }

    /** A relationship that rose two levels at once, or was assessed trusted (or better) for the first time. */
    private static void strengthJumps(Journeys.Scene scene, List<Signal> signals) {
        for (Relationship r : scene.picture().relationships.values()) {
            Strength previous = null;
            boolean trustedBefore = false;
            String parties = scene.builder().party(r.first).name() + " – " + scene.builder().party(r.second).name();
            for (Picture.Assessment a : r.assessments) {
                boolean jump = previous != null && a.strength().ordinal() - previous.ordinal() >= 2;
                boolean firstTrust = !trustedBefore && a.strength().compareTo(Strength.TRUSTED) >= 0;
                if (jump || firstTrust) {
                    signals.add(new Signal(Kind.STRENGTH_JUMP, r.id, a.happenedOn(), "Relationship " + parties
                            + (jump ? " jumped" : " reached") + " to " + a.strength().label(),
                            "Assessed " + a.strength().label() + (previous == null ? "" : " after "
                                    + previous.label()) + (jump ? ": a rise of "
                                    + (a.strength().ordinal() - previous.ordinal()) + " levels"
                                    : ": trusted for the first time"), organisations(scene.picture(), r)));
                }
                trustedBefore |= a.strength().compareTo(Strength.TRUSTED) >= 0;
                previous = a.strength();
            }
        }
    }

    private static Set<OrganisationId> organisations(Picture picture, Relationship r) {
        Set<OrganisationId> orgs = new LinkedHashSet<>();
        for (Party party : List.of(r.first, r.second)) {
            if (party.isPerson()) {
                picture.rolesOf(party.personId()).forEach(role -> orgs.add(role.organisation));
            } else {
                orgs.add(party.organisationId());
            }
        }
        return orgs;
    }

    /**
     * Read from what conversations say: the first invitation from a statutory body's people, and a change of venue.
     * Conversations already linked to a marked tipping point are not suggested again.
     */
    private static void conversationSignals(Journeys.Scene scene, List<Signal> signals, Set<UUID> marked) {
        Picture picture = scene.picture();
        Names.Lookup names = scene.builder().names();
        Set<OrganisationId> invitedBy = new HashSet<>();
        picture.conversations.values().stream().filter(c -> picture.standingConversation(c.id) != null)
                .filter(c -> !marked.contains(c.id))
                .sorted(Comparator.comparing((Conversation c) -> c.happenedOn).thenComparing(c -> c.id))
                .forEach(c -> {
                    String text = (c.details.topic() + " " + (c.details.summary() == null ? "" : c.details.summary())
                            + " " + String.join(" ", c.details.asks())).toLowerCase(Locale.ROOT);
                    Set<OrganisationId> orgs = new LinkedHashSet<>(c.organisations());
                    orgs.add(c.loggedBy);
                    c.people().forEach(p -> picture.rolesOf(p).stream().filter(r -> !r.startedOn.isAfter(c.happenedOn))
                            .forEach(r -> orgs.add(r.organisation)));
                    String topic = "the conversation on " + c.happenedOn + ": " + c.details.topic();
                    if (text.contains("invit")) {
                        orgs.stream().filter(names::statutory).filter(Predicate.not(invitedBy::contains))
                                .sorted(Comparator.comparing(OrganisationId::value)).findFirst().ifPresent(body -> {
                                    invitedBy.add(body);
                                    signals.add(new Signal(Kind.FIRST_INVITATION, c.id, c.happenedOn,
                                            "First invitation from " + names.organisation(body).name(),
                                            "The first logged conversation with " + names.organisation(body).name()
                                                    + " that speaks of an invitation: " + topic, orgs));
                                });
                    }
                    if (text.contains("venue")) {
                        signals.add(new Signal(Kind.VENUE_CHANGE, c.id, c.happenedOn, "A change of venue",
                                "A change of venue is mentioned in " + topic, orgs));
                    }
                });
    }

    /** Conversations, advocacy steps and awards in a window involving the organisations (all of them if none). */
    private static Activity activity(Picture picture, Set<OrganisationId> orgs, LocalDate from, LocalDate to) {
        Predicate<LocalDate> in = d -> !d.isBefore(from) && !d.isAfter(to);
        Predicate<java.util.Collection<OrganisationId>> involved = ids -> orgs.isEmpty()
                || ids.stream().anyMatch(orgs::contains);
        int conversations = (int) picture.conversations.values().stream()
                .filter(c -> picture.standingConversation(c.id) != null && in.test(c.happenedOn))
                .filter(c -> involved.test(plus(c.organisations(), c.loggedBy))).count();
        int steps = (int) picture.advocacy.values().stream()
                .filter(a -> involved.test(plus(List.copyOf(a.advocates), a.target)))
                .flatMap(a -> a.steps.stream()).filter(s -> in.test(s.happenedOn())).count();
        long pence = 0;
        int awards = 0;
        for (Picture.Award award : picture.awards.values()) {
            Picture.Bid bid = award.bid == null ? null : picture.bids.get(award.bid);
            List<OrganisationId> parties = new ArrayList<>();
            parties.add(JourneyBuilder.funder(award, bid));
            award.recipients.forEach(r -> parties.add(r.organisation()));
            if (bid != null) {
                parties.add(bid.lead);
                parties.addAll(bid.partners);
            }
            if (in.test(award.awardedOn) && involved.test(parties)) {
                awards++;
                pence = Math.addExact(pence, award.total);
            }
        }
        return new Activity(from, to, conversations, steps, awards, pence);
    }

    private static List<OrganisationId> plus(List<OrganisationId> ids, OrganisationId one) {
        List<OrganisationId> all = new ArrayList<>(ids);
        all.add(one);
        return all;
    }
}
