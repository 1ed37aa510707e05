package org.irrigate.app.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.Ref;
import org.irrigate.app.journey.Picture.Bid;
import org.irrigate.app.journey.Picture.Conversation;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Viewer;
import org.springframework.stereotype.Service;

/**
 * Candidate links between conversations and funding decisions, for a person to confirm (it becomes a contribution
 * claim) or dismiss. A candidate is a conversation that is not yet part of the decision's journey, took place in the
 * {@value #MONTHS} months up to the decision, involved the deciding body (an officer holding a role there at the time,
 * or the body itself), and shares a topic word with the bid or its fund. Suggestions are computed, never stored, and
 * never count towards journeys or figures.
 */
@Service
public class LinkSuggestions {
    static final int MONTHS = 6;
    /** Words too common in bids and conversations to say anything about a topic. */
    private static final Set<String> COMMON = Set.of("with", "from", "that", "this", "into", "their", "they", "will",
            "have", "been", "about", "over", "fund", "funding", "money", "council", "district", "city", "county",
            "services", "service", "through", "what", "when", "where", "which", "after", "before", "bid", "bids");

    private final Journeys journeys;

    LinkSuggestions(Journeys journeys) {
        this.journeys = journeys;
    }

    public record Suggestion(UUID suggestionId, boolean dismissed, UUID conversationId, LocalDate conversationOn,
                             String topic, UUID bidId, String decision, LocalDate decidedOn, Ref decidingBody,
                             List<Ref> officers, long daysBefore, List<String> matchingWords, String reason,
                             UUID privateTo) {
    }

    public List<Suggestion> suggestions(Moment moment, Viewer viewer, UUID bid, boolean includeDismissed) {
        Journeys.Scene scene = journeys.scene(null, moment, viewer);
        if (bid != null) {
            Journeys.known(scene.picture().bids, bid, "Bid");
        }
        List<Suggestion> all = new ArrayList<>();
        scene.picture().bids.values().stream().filter(b -> b.decision != null && (bid == null || b.id.equals(bid)))
                .forEach(b -> all.addAll(forBid(scene, b)));
        return all.stream().filter(s -> includeDismissed || !s.dismissed())
                .sorted(Comparator.comparing(Suggestion::decidedOn).thenComparing(Suggestion::bidId)
                        .thenComparing(Suggestion::conversationOn).thenComparing(Suggestion::conversationId))
                .toList();
    }

    /** The current suggestion with this id, if it is one for this viewer at this moment. */
    public Suggestion find(UUID suggestionId, Viewer viewer) {
        return suggestions(Moment.NOW, viewer, null, true).stream()
                .filter(s -> s.suggestionId().equals(suggestionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Suggestion", suggestionId));
    }

    private List<Suggestion> forBid(Journeys.Scene scene, Bid bid) {
        Picture picture = scene.picture();
        Journey journey = scene.builder().ofBid(bid);
        Set<UUID> inJourney = new java.util.HashSet<>();
        journey.conversations().forEach(c -> inJourney.add(c.conversationId()));
        journey.claims().stream().filter(c -> "CONVERSATION".equals(c.workKind())).forEach(c -> inJourney.add(c.workId()));
        LocalDate decided = bid.decision.decidedOn();
        OrganisationId body = bid.decision.decisionMaker() != null ? bid.decision.decisionMaker() : bid.funder;
        Set<String> words = words(bid.title + " " + picture.programmes.getOrDefault(bid.opportunity, ""));
        List<Suggestion> found = new ArrayList<>();
        for (Conversation c : picture.conversations.values()) {
            if (inJourney.contains(c.id) || picture.standingConversation(c.id) == null || c.happenedOn.isAfter(decided)
                    || c.happenedOn.isBefore(decided.minusMonths(MONTHS))) {
                continue;
            }
            List<PersonId> officers = c.people().stream().filter(p -> picture.rolesOf(p).stream().anyMatch(r ->
                    r.organisation.equals(body) && !r.startedOn.isAfter(c.happenedOn)
                            && (r.endedOn == null || !r.endedOn.isBefore(c.happenedOn)))).toList();
            boolean bodyTookPart = c.organisations().contains(body);
            Set<String> shared = new TreeSet<>(words(c.details.topic() + " " + String.join(" ", c.details.asks())));
            shared.retainAll(words);
            if ((officers.isEmpty() && !bodyTookPart) || shared.isEmpty()) {
                continue;
            }
            SuggestionId id = SuggestionId.of(new ConversationId(c.id), new BidId(bid.id));
            Names.Lookup names = scene.builder().names();
            List<Ref> officerRefs = officers.stream().map(names::person).toList();
            long days = ChronoUnit.DAYS.between(c.happenedOn, decided);
            String with = officerRefs.isEmpty() ? names.organisation(body).name()
                    : String.join(", ", officerRefs.stream().map(Ref::name).toList()) + " of "
                    + names.organisation(body).name();
            String reason = "A conversation with " + with + " on " + c.happenedOn + ", " + days
                    + " days before its decision on '" + bid.title + "', about " + String.join(", ", shared);
            found.add(new Suggestion(id.value(), picture.dismissed.contains(id.value()), c.id, c.happenedOn,
                    c.details.topic(), bid.id, bid.title, decided, names.organisation(body), officerRefs, days,
                    List.copyOf(shared), reason, c.privateTo == null ? null : c.privateTo.value()));
        }
        return found;
    }

    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
