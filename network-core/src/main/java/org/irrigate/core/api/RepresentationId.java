package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies representation; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record RepresentationId(UUID value) {
    public RepresentationId {
        Ids.require(value, "representationId");
    }

    public static RepresentationId random() {
        return new RepresentationId(UUID.randomUUID());
    }

    @JsonCreator
    public static RepresentationId of(String text) {
        return new RepresentationId(Ids.parse(text, "representationId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
