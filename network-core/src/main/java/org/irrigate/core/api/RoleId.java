package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a role; serialised as its bare UUID. */
public record RoleId(UUID value) {
    public RoleId {
        Ids.require(value, "roleId");
    }

    public static RoleId random() {
        return new RoleId(UUID.randomUUID());
    }

    @JsonCreator
    public static RoleId of(String text) {
        return new RoleId(Ids.parse(text, "roleId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
