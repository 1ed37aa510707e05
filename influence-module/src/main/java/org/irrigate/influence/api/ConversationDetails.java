package org.irrigate.influence.api;

import java.util.List;
import java.util.Set;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.Subjects;

/**
 * What a conversation was: who took part (people and organisations on every side), where, how, about what, and
 * what was asked. Logged once and replaced whole by each correction.
 */
public record ConversationDetails(List<Party> participants, PlaceCode place, Channel channel, String topic,
                                  String summary, List<String> asks, Set<OutcomeArea> outcomeAreas) {

    /** The participants and place, for the timeline's filters. */
    public Subjects subjects() {
        Subjects subjects = new Subjects(
                Set.copyOf(participants.stream().filter(p -> !p.isPerson()).map(Party::organisationId).toList()),
                Set.copyOf(participants.stream().filter(Party::isPerson).map(Party::personId).toList()), Set.of());
        return place == null ? subjects : subjects.withPlaces(place);
    }
}
