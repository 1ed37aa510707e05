package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies award; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record AwardId(UUID value) {
    public AwardId {
        Ids.require(value, "awardId");
    }

    public static AwardId random() {
        return new AwardId(UUID.randomUUID());
    }

    @JsonCreator
    public static AwardId of(String text) {
        return new AwardId(Ids.parse(text, "awardId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
