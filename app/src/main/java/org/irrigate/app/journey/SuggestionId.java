package org.irrigate.app.journey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;

/**
 * Identifies a suggested link between a conversation and a funding decision. Derived from the two, so the same
 * candidate always has the same id: a dismissal made today still applies when the suggestion is computed again.
 */
public record SuggestionId(UUID value) {
    public SuggestionId {
        InvalidInputException.requirePresent(value, "suggestionId");
    }

    public static SuggestionId of(ConversationId conversation, BidId bid) {
        return new SuggestionId(UUID.nameUUIDFromBytes(("irrigate:suggested-link:" + conversation + "->" + bid)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static SuggestionId of(String text) {
        InvalidInputException.require(text != null && !text.isBlank(), "suggestionId", "is required");
        try {
            return new SuggestionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("suggestionId", "must be a UUID");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
