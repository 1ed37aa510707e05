package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies conversation; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record ConversationId(UUID value) {
    public ConversationId {
        Ids.require(value, "conversationId");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    @JsonCreator
    public static ConversationId of(String text) {
        return new ConversationId(Ids.parse(text, "conversationId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
