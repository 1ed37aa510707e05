package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies advocacy action; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record AdvocacyActionId(UUID value) {
    public AdvocacyActionId {
        Ids.require(value, "advocacyActionId");
    }

    public static AdvocacyActionId random() {
        return new AdvocacyActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static AdvocacyActionId of(String text) {
        return new AdvocacyActionId(Ids.parse(text, "advocacyActionId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
