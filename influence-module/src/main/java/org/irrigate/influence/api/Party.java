package org.irrigate.influence.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;

/**
 * Someone on one side of a conversation or relationship: an organisation or a person, exactly one of the two.
 * In JSON: {@code {"organisationId": "..."}} or {@code {"personId": "..."}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(OrganisationId organisationId, PersonId personId) {
    public Party {
        InvalidInputException.require((organisationId == null) != (personId == null), "party",
                "must name exactly one of organisationId or personId");
    }

    public static Party organisation(OrganisationId id) {
        return new Party(id, null);
    }

    public static Party person(PersonId id) {
        return new Party(null, id);
    }

    @JsonIgnore
    public boolean isPerson() {
        return personId != null;
    }

    /** The bare id of whichever kind of party this is. */
    @JsonIgnore
    public java.util.UUID id() {
        return isPerson() ? personId.value() : organisationId.value();
    }
}
