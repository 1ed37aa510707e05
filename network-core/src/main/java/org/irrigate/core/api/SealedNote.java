package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Free text about a person, written inside another record (a conversation, a relationship) and flagged by the
 * partner as being about that person: it is encrypted with that person's key, as their {@link SealedDetails} are, so
 * erasing the person makes it unreadable too.
 */
public record SealedNote(String ciphertext) {
    @JsonCreator
    public SealedNote {
        InvalidInputException.require(ciphertext != null && !ciphertext.isBlank(), "note", "is required");
    }

    @JsonValue
    public String ciphertext() {
        return ciphertext;
    }
}
