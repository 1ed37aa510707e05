package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies an organisation; serialised as its bare UUID. */
public record OrganisationId(UUID value) {
    public OrganisationId {
        Ids.require(value, "organisationId");
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @JsonCreator
    public static OrganisationId of(String text) {
        return new OrganisationId(Ids.parse(text, "organisationId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
