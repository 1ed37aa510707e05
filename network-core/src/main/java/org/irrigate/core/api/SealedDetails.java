package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A person's {@link PersonalDetails} encrypted with that person's own key, as events store them. Erasing the person
 * deletes the key: the events stay, unreadable (crypto-shredding).
 */
public record SealedDetails(String ciphertext) {
    @JsonCreator
    public SealedDetails {
        InvalidInputException.require(ciphertext != null && !ciphertext.isBlank(), "details", "is required");
    }

    @JsonValue
    public String ciphertext() {
        return ciphertext;
    }
}
