package org.irrigate.influence.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.Party;

/**
 * The directory as a spreadsheet row refers to it: organisations and people by name (or id), places by ONS code
 * (or name). A name that fits nothing, or more than one, is a row error: the import never guesses.
 */
final class ImportDirectory {
    private final Map<UUID, OrganisationView> organisationsById = new HashMap<>();
    private final Map<String, List<OrganisationView>> organisationsByName = new HashMap<>();
    private final Map<UUID, PersonView> peopleById = new HashMap<>();
    private final Map<String, List<PersonView>> peopleByName = new HashMap<>();
    private final Map<String, PlaceView> placesByCode = new HashMap<>();
    private final Map<String, List<PlaceView>> placesByName = new HashMap<>();

    static ImportDirectory load(QueryGateway queries) {
        ImportDirectory directory = new ImportDirectory();
        for (OrganisationView o : QueryAnswers.list(queries, new FindOrganisations(null, null, null), OrganisationView.class)) {
            directory.organisationsById.put(o.organisationId().value(), o);
            directory.organisationsByName.computeIfAbsent(key(o.name()), k -> new ArrayList<>()).add(o);
        }
        for (PersonView p : QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class)) {
            directory.peopleById.put(p.personId().value(), p);
            // An erased person has no name left to be found by.
            if (!p.erased()) {
                directory.peopleByName.computeIfAbsent(key(p.fullName()), k -> new ArrayList<>()).add(p);
            }
        }
        for (PlaceView p : QueryAnswers.list(queries, new FindPlaces(null, null), PlaceView.class)) {
            directory.placesByCode.put(p.code().value(), p);
            directory.placesByName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
        }
        return directory;
    }

    /** An organisation by id or by name; of several with one name, only one still active will do. */
    Party organisation(String reference) {
        UUID id = uuid(reference);
        if (id != null) {
            InvalidInputException.require(organisationsById.containsKey(id), "organisations",
                    "no organisation has the id " + id);
            return Party.organisation(new OrganisationId(id));
        }
        List<OrganisationView> named = organisationsByName.getOrDefault(key(reference), List.of());
        List<OrganisationView> active = named.stream().filter(o -> o.status() == OrganisationStatus.ACTIVE).toList();
        return Party.organisation(only(active.isEmpty() ? named : active, "organisation", reference)
                .organisationId());
    }

    Party person(String reference) {
        UUID id = uuid(reference);
        if (id != null) {
            InvalidInputException.require(peopleById.containsKey(id), "people", "no person has the id " + id);
            return Party.person(new PersonId(id));
        }
        return Party.person(only(peopleByName.getOrDefault(key(reference), List.of()), "person", reference).personId());
    }

    /** A follow-up's owner: an organisation if one has that name, else a person. */
    Party party(String reference) {
        UUID id = uuid(reference);
        boolean organisation = id != null ? organisationsById.containsKey(id)
                : organisationsByName.containsKey(key(reference));
        return organisation ? organisation(reference) : person(reference);
    }

    PlaceCode place(String reference) {
        PlaceView byCode = placesByCode.get(reference.strip().toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return byCode.code();
        }
        return only(placesByName.getOrDefault(key(reference), List.of()), "place", reference).code();
    }

    private static <T> T only(List<T> candidates, String what, String reference) {
        InvalidInputException.require(!candidates.isEmpty(), what, "no " + what + " is called '" + reference.strip() + "'");
        InvalidInputException.require(candidates.size() == 1, what,
                "more than one " + what + " is called '" + reference.strip() + "'; use the id instead");
        return candidates.getFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
