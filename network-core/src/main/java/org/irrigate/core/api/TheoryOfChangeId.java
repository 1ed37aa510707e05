package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies theory of change; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record TheoryOfChangeId(UUID value) {
    public TheoryOfChangeId {
        Ids.require(value, "theoryOfChangeId");
    }

    public static TheoryOfChangeId random() {
        return new TheoryOfChangeId(UUID.randomUUID());
    }

    @JsonCreator
    public static TheoryOfChangeId of(String text) {
        return new TheoryOfChangeId(Ids.parse(text, "theoryOfChangeId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
