package org.irrigate.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.irrigate.core.api.InvalidInputException;

/** Identifies one payment made against an award's schedule; serialised as its bare UUID. */
public record DisbursementId(UUID value) {
    public DisbursementId {
        InvalidInputException.requirePresent(value, "disbursementId");
    }

    public static DisbursementId random() {
        return new DisbursementId(UUID.randomUUID());
    }

    @JsonCreator
    public static DisbursementId of(String text) {
        InvalidInputException.require(text != null && !text.isBlank(), "disbursementId", "is required");
        try {
            return new DisbursementId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("disbursementId", "must be a UUID");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
