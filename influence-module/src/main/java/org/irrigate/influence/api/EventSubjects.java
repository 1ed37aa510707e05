package org.irrigate.influence.api;

import java.util.Collection;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Subjects;

/** Builds what an influence event is about, for the timeline's filters. */
final class EventSubjects {
    private EventSubjects() {
    }

    static Subjects of(Party... parties) {
        return plus(Subjects.NONE, parties);
    }

    static Subjects plus(Subjects subjects, Party... parties) {
        for (Party party : parties) {
            subjects = party.isPerson() ? subjects.withPeople(party.personId())
                    : subjects.withOrganisations(party.organisationId());
        }
        return subjects;
    }

    static Subjects plus(Subjects subjects, Collection<OrganisationId> organisations, Collection<PersonId> people) {
        return subjects.withOrganisations(organisations.toArray(OrganisationId[]::new))
                .withPeople(people.toArray(PersonId[]::new));
    }
}
