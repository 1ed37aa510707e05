package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies reflection; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record ReflectionId(UUID value) {
    public ReflectionId {
        Ids.require(value, "reflectionId");
    }

    public static ReflectionId random() {
        return new ReflectionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ReflectionId of(String text) {
        return new ReflectionId(Ids.parse(text, "reflectionId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
