package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;

/**
 * The "log a conversation" form exactly as typed (text, so a wrong value can be shown back), and its reading into
 * the influence module's {@link ConversationDetails}. Participants are {@code organisation:<id>} or
 * {@code person:<id>}; asks one per line.
 */
public record ConversationForm(String happenedOn, List<String> participants, String place, String channel,
                               String topic, String summary, String asks, List<String> outcomeAreas,
                               String visibility, String followUpAction, String followUpOwner,
                               String followUpDueOn) {

    /** Page names of the fields, in form order; the keys are also the ids the error summary links to. */
    static final Map<String, String> LABELS = orderedLabels();

    /** What the influence module calls these fields. */
    static final Map<String, String> ALIASES = Map.of(
            "followUps[0].action", "followUpAction", "followUps[0].owner", "followUpOwner",
            "followUps[0].dueOn", "followUpDueOn", "followUps[0]", "followUpAction", "party", "participants",
            "details", "topic");

    private static Map<String, String> orderedLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("happenedOn", "Date of the conversation");
        labels.put("participants", "Who took part");
        labels.put("channel", "How it took place");
        labels.put("place", "Place");
        labels.put("topic", "Topic");
        labels.put("summary", "Summary");
        labels.put("asks", "Asks");
        labels.put("outcomeAreas", "Outcome areas");
        labels.put("visibility", "Who can see it");
        labels.put("followUpAction", "Follow-up");
        labels.put("followUpOwner", "Follow-up owner");
        labels.put("followUpDueOn", "Follow-up due date");
        return java.util.Collections.unmodifiableMap(labels);
    }

    static ConversationForm blank(LocalDate today, OrganisationId owner) {
        return new ConversationForm(today.toString(), List.of(), "", "", "", "", "", List.of(),
                Visibility.PRIVATE.name(), "", owner == null ? "" : "organisation:" + owner, "");
    }

    public List<String> chosen() {
        return participants == null ? List.of() : List.copyOf(new LinkedHashSet<>(participants));
    }

    public boolean hasArea(OutcomeArea area) {
        return outcomeAreas != null && outcomeAreas.contains(area.name());
    }

    /** What was asked for, read; what cannot be read is noted in {@code errors}. */
    Reading read(FormErrors errors) {
        LocalDate on = errors.date("happenedOn", happenedOn);
        List<Party> parties = new ArrayList<>();
        for (String value : chosen()) {
            Party party = party(value);
            if (party == null) {
                errors.add("participants", "names someone who is not in the directory");
            } else {
                parties.add(party);
            }
        }
        // The rules the influence module applies first, checked together so every missing answer shows at once.
        if (parties.isEmpty()) {
            errors.add("participants", "must name at least one person or organisation");
        }
        Channel how = errors.choice("channel", Channel.class, channel);
        if (how == null && !errors.has("channel")) {
            errors.add("channel", "is required");
        }
        if (topic == null || topic.isBlank()) {
            errors.add("topic", "must not be blank");
        }
        PlaceCode where = place == null || place.isBlank() ? null : errors.collect("place", () -> new PlaceCode(place.strip()));
        Set<OutcomeArea> areas = EnumSet.noneOf(OutcomeArea.class);
        for (String area : outcomeAreas == null ? List.<String>of() : outcomeAreas) {
            OutcomeArea read = errors.choice("outcomeAreas", OutcomeArea.class, area);
            if (read != null) {
                areas.add(read);
            }
        }
        Visibility who = errors.choice("visibility", Visibility.class, visibility);
        List<NewFollowUp> followUps = new ArrayList<>();
        if (followUpAction != null && !followUpAction.isBlank()) {
            followUps.add(new NewFollowUp(followUpAction, party(followUpOwner), errors.date("followUpDueOn", followUpDueOn)));
        }
        List<String> askList = asks == null ? List.of() : asks.lines().map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Reading(on, new ConversationDetails(parties, where, how, topic, summary, askList, areas),
                followUps, who == null ? Visibility.PRIVATE : who);
    }

    record Reading(LocalDate happenedOn, ConversationDetails details, List<NewFollowUp> followUps,
                   Visibility visibility) {
    }

    /** {@code organisation:<uuid>} or {@code person:<uuid>}; null for anything else. */
    static Party party(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":", 2);
        if (parts.length != 2) {
            return null;
        }
        try {
            UUID id = UUID.fromString(parts[1]);
            return switch (parts[0]) {
                case "organisation" -> Party.organisation(new OrganisationId(id));
                case "person" -> Party.person(new PersonId(id));
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
