package org.irrigate.app.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.influence.api.Party;

/**
 * The directory as one page needs it: names for the ids the modules' views carry. Views hold ids, not names, so a
 * rename or an erasure shows everywhere at once.
 */
public record Names(Map<UUID, OrganisationView> organisations, Map<UUID, PersonView> people) {

    static Names of(List<OrganisationView> organisations, List<PersonView> people) {
        return new Names(
                organisations.stream().collect(Collectors.toMap(o -> o.organisationId().value(), Function.identity())),
                people.stream().collect(Collectors.toMap(p -> p.personId().value(), Function.identity())));
    }

    public String of(Object id) {
        if (id == null) {
            return "";
        }
        return switch (id) {
            case OrganisationId o -> organisation(o.value());
            case PersonId p -> person(p.value());
            case Party party -> party.isPerson() ? person(party.personId().value())
                    : organisation(party.organisationId().value());
            case UUID uuid -> organisations.containsKey(uuid) ? organisation(uuid) : person(uuid);
            default -> of(parse(id.toString()));
        };
    }

    /** Organisations by name, for pickers and filters. */
    public List<OrganisationView> organisationList() {
        return organisations.values().stream().sorted(Comparator.comparing(OrganisationView::name)).toList();
    }

    public List<PersonView> peopleList() {
        return people.values().stream().sorted(Comparator.comparing(PersonView::fullName)).toList();
    }

    private String organisation(UUID id) {
        OrganisationView o = organisations.get(id);
        return o == null ? "unknown organisation" : o.name();
    }

    private String person(UUID id) {
        PersonView p = people.get(id);
        return p == null ? "unknown person" : p.fullName();
    }

    private static Object parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
