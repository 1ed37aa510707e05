package org.irrigate.core.api;

import java.util.UUID;

/** Parsing shared by the typed ids, so each reports its own field name on bad input. */
final class Ids {
    private Ids() {
    }

    static UUID parse(String text, String field) {
        InvalidInputException.require(text != null && !text.isBlank(), field, "is required");
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be a UUID");
        }
    }

    static UUID require(UUID value, String field) {
        return InvalidInputException.requirePresent(value, field);
    }
}
