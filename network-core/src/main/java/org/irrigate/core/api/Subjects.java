package org.irrigate.core.api;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Who and where an event is about: what the timeline filters on. */
public record Subjects(Set<OrganisationId> organisations, Set<PersonId> people, Set<PlaceCode> places) {
    public static final Subjects NONE = new Subjects(Set.of(), Set.of(), Set.of());

    public Subjects {
        organisations = Set.copyOf(organisations);
        people = Set.copyOf(people);
        places = Set.copyOf(places);
    }

    public static Subjects of(OrganisationId... organisations) {
        return new Subjects(Set.of(organisations), Set.of(), Set.of());
    }

    public Subjects withPeople(PersonId... more) {
        return new Subjects(organisations, union(people, Set.of(more)), places);
    }

    public Subjects withOrganisations(OrganisationId... more) {
        return new Subjects(union(organisations, Set.of(more)), people, places);
    }

    public Subjects withPlaces(PlaceCode... more) {
        return new Subjects(organisations, people, union(places, Set.of(more)));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
