package org.irrigate.evidence.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Stream;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.ConversationId;

/** What a piece of evidence points at in the influence and funding history, by the shared kernel's typed ids. */
public record Links(List<ConversationId> conversations, List<AdvocacyActionId> advocacyActions, List<AwardId> awards) {
    public static final Links NONE = new Links(List.of(), List.of(), List.of());

    public Links {
        conversations = Lists.distinct(conversations, "conversations");
        advocacyActions = Lists.distinct(advocacyActions, "advocacyActions");
        awards = Lists.distinct(awards, "awards");
    }

    @JsonIgnore
    public boolean isEmpty() {
        return conversations.isEmpty() && advocacyActions.isEmpty() && awards.isEmpty();
    }

    /** The links in this set that {@code known} does not hold yet. */
    public Links without(Links known) {
        return new Links(conversations.stream().filter(c -> !known.conversations.contains(c)).toList(),
                advocacyActions.stream().filter(a -> !known.advocacyActions.contains(a)).toList(),
                awards.stream().filter(a -> !known.awards.contains(a)).toList());
    }

    public Links plus(Links more) {
        return new Links(Stream.concat(conversations.stream(), more.conversations.stream()).toList(),
                Stream.concat(advocacyActions.stream(), more.advocacyActions.stream()).toList(),
                Stream.concat(awards.stream(), more.awards.stream()).toList());
    }

    public List<TimelineItem> items() {
        return Stream.of(conversations, advocacyActions, awards).flatMap(List::stream).map(TimelineItem::of).toList();
    }
}
