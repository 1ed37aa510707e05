package org.irrigate.influence.api;

import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RoleId;

/** The role of a person (network-core) that a relationship relies on: when it ends, the relationship is at risk. */
public record RoleDependency(PersonId personId, RoleId roleId) {
    public RoleDependency {
        InvalidInputException.requirePresent(personId, "dependsOn.personId");
        InvalidInputException.requirePresent(roleId, "dependsOn.roleId");
    }
}
