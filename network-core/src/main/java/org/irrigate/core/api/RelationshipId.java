package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies relationship; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record RelationshipId(UUID value) {
    public RelationshipId {
        Ids.require(value, "relationshipId");
    }

    public static RelationshipId random() {
        return new RelationshipId(UUID.randomUUID());
    }

    @JsonCreator
    public static RelationshipId of(String text) {
        return new RelationshipId(Ids.parse(text, "relationshipId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
