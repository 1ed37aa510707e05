package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a person; serialised as its bare UUID. */
public record PersonId(UUID value) {
    public PersonId {
        Ids.require(value, "personId");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonId of(String text) {
        return new PersonId(Ids.parse(text, "personId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
