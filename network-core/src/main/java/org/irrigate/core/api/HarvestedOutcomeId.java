package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies harvested outcome; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record HarvestedOutcomeId(UUID value) {
    public HarvestedOutcomeId {
        Ids.require(value, "harvestedOutcomeId");
    }

    public static HarvestedOutcomeId random() {
        return new HarvestedOutcomeId(UUID.randomUUID());
    }

    @JsonCreator
    public static HarvestedOutcomeId of(String text) {
        return new HarvestedOutcomeId(Ids.parse(text, "harvestedOutcomeId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
