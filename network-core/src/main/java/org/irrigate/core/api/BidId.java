package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies bid; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record BidId(UUID value) {
    public BidId {
        Ids.require(value, "bidId");
    }

    public static BidId random() {
        return new BidId(UUID.randomUUID());
    }

    @JsonCreator
    public static BidId of(String text) {
        return new BidId(Ids.parse(text, "bidId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
