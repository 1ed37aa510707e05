package org.irrigate.evidence.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;

/** Who took part in a reflection or interview: organisations and people, by id (names stay in the directory). */
public record Participants(List<OrganisationId> organisations, List<PersonId> people) {
    public Participants {
        organisations = Lists.distinct(organisations, "organisations");
        people = Lists.distinct(people, "people");
    }

    @JsonIgnore
    public boolean isEmpty() {
        return organisations.isEmpty() && people.isEmpty();
    }
}
