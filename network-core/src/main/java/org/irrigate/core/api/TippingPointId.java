package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies tipping point; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record TippingPointId(UUID value) {
    public TippingPointId {
        Ids.require(value, "tippingPointId");
    }

    public static TippingPointId random() {
        return new TippingPointId(UUID.randomUUID());
    }

    @JsonCreator
    public static TippingPointId of(String text) {
        return new TippingPointId(Ids.parse(text, "tippingPointId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
