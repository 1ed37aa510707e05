package org.irrigate.core.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkQuery.FindPerson;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.RoleView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonEvent.PersonErased;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.RoleId;
import org.springframework.stereotype.Component;

/** People with their current and past roles, so turnover at a council stays answerable after a contact leaves. */
@Component
@ProcessingGroup(PeopleDirectory.PROCESSING_GROUP)
class PeopleDirectory {
    static final String PROCESSING_GROUP = "people-directory";
    private static final String PEOPLE = "person_directory";
    private static final String ROLES = "person_role";

    private final PersonEntries people;
    private final RoleEntries roles;
    private final OrganisationEntries organisations;
    private final PersonalDataVault vault;
    private final DirectoryWrites writes;

    PeopleDirectory(PersonEntries people, RoleEntries roles, OrganisationEntries organisations,
                    PersonalDataVault vault, DirectoryWrites writes) {
        this.people = people;
        this.roles = roles;
        this.organisations = organisations;
        this.vault = vault;
        this.writes = writes;
    }

    @EventHandler
    void on(PersonRegistered event) {
        writes.put(PEOPLE, "id", details(event.personId(), event.details()));
    }

    @EventHandler
    void on(PersonalDetailsUpdated event) {
        Map<String, Object> row = details(event.personId(), event.details());
        writes.change(PEOPLE, "id", event.personId().value(), "full_name = ?, email = ?, phone = ?, erased = ?",
                row.get("full_name"), row.get("email"), row.get("phone"), row.get("erased"));
    }

    @EventHandler
    void on(PersonErased event) {
        writes.change(PEOPLE, "id", event.personId().value(), "full_name = ?, email = null, phone = null, erased = true",
                PersonView.ERASED);
    }

    /**
     * Opens the sealed details; once the key is gone (erased, even if the erasure comes later in a replay) the
     * person reads as erased.
     */
    private Map<String, Object> details(PersonId person, SealedDetails sealed) {
        return vault.open(person, sealed)
                .map(d -> DirectoryWrites.row("id", person.value(), "full_name", d.fullName(), "email", d.email(),
                        "phone", d.phone(), "erased", false))
                .orElseGet(() -> DirectoryWrites.row("id", person.value(), "full_name", PersonView.ERASED,
                        "email", null, "phone", null, "erased", true));
    }

    @EventHandler
    void on(RoleStarted event) {
        writes.put(ROLES, "role_id", DirectoryWrites.row("role_id", event.roleId().value(),
                "person_id", event.personId().value(), "organisation_id", event.organisationId().value(),
                "title", event.title(), "started_on", event.happenedOn(), "ended_on", null, "end_reason", null));
    }

    @EventHandler
    void on(RoleEnded event) {
        writes.change(ROLES, "role_id", event.roleId().value(), "ended_on = ?, end_reason = ?", event.happenedOn(),
                event.reason());
    }

    @ResetHandler
    void reset() {
        writes.clear(ROLES);
        writes.clear(PEOPLE);
    }

    @QueryHandler
    List<PersonView> handle(FindPeople query) {
        List<PersonEntry> found = query.organisationId() == null
                ? people.findAll()
                : people.findAllById(roles.peopleAt(query.organisationId().value(), query.holdingRoleOn()));
        return views(found).stream()
                .sorted(Comparator.comparing(PersonView::fullName, Comparator.nullsLast(String::compareToIgnoreCase)))
                .toList();
    }

    @QueryHandler
    PersonView handle(FindPerson query) {
        return people.findById(query.personId().value()).map(p -> views(List.of(p)).getFirst()).orElse(null);
    }

    private List<PersonView> views(Collection<PersonEntry> found) {
        Map<UUID, List<RoleEntry>> rolesByPerson = roles
                .findByPersonIdInOrderByStartedOn(found.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.personId));
        Map<UUID, String> orgNames = organisations.findAllById(rolesByPerson.values().stream().flatMap(List::stream)
                        .map(r -> r.organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        Function<RoleEntry, RoleView> roleView = r -> new RoleView(new RoleId(r.roleId),
                new OrganisationId(r.organisationId), orgNames.get(r.organisationId), r.title, r.startedOn, r.endedOn,
                r.endReason);
        return found.stream().map(p -> new PersonView(new PersonId(p.id), p.fullName, p.email, p.phone, p.erased,
                rolesByPerson.getOrDefault(p.id, List.of()).stream().map(roleView).toList())).toList();
    }
}
