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

    private final PersonEntries people;
    private final RoleEntries roles;
    private final OrganisationEntries organisations;
    private final PersonalDataVault vault;

    PeopleDirectory(PersonEntries people, RoleEntries roles, OrganisationEntries organisations,
                    PersonalDataVault vault) {
        this.people = people;
        this.roles = roles;
        this.organisations = organisations;
        this.vault = vault;
    }

    @EventHandler
    void on(PersonRegistered event) {
        PersonEntry entry = new PersonEntry();
        entry.id = event.personId().value();
        copy(event.personId(), event.details(), entry);
        people.save(entry);
    }

    @EventHandler
    void on(PersonalDetailsUpdated event) {
        people.findById(event.personId().value()).ifPresent(entry -> {
            copy(event.personId(), event.details(), entry);
            people.save(entry);
        });
    }

    @EventHandler
    void on(PersonErased event) {
        people.findById(event.personId().value()).ifPresent(entry -> {
            erase(entry);
            people.save(entry);
        });
    }

    /** Opens the sealed details; once the key is gone (erased, even if the erasure comes later in a replay) the
     *  person reads as erased. */
    private void copy(PersonId person, SealedDetails sealed, PersonEntry entry) {
        vault.open(person, sealed).ifPresentOrElse(details -> {
            entry.fullName = details.fullName();
            entry.email = details.email();
            entry.phone = details.phone();
        }, () -> erase(entry));
    }

    private static void erase(PersonEntry entry) {
        entry.fullName = PersonView.ERASED;
        entry.email = null;
        entry.phone = null;
        entry.erased = true;
    }

    @EventHandler
    void on(RoleStarted event) {
        RoleEntry role = new RoleEntry();
        role.roleId = event.roleId().value();
        role.personId = event.personId().value();
        role.organisationId = event.organisationId().value();
        role.title = event.title();
        role.startedOn = event.happenedOn();
        roles.save(role);
    }

    @EventHandler
    void on(RoleEnded event) {
        roles.findById(event.roleId().value()).ifPresent(role -> {
            role.endedOn = event.happenedOn();
            role.endReason = event.reason();
            roles.save(role);
        });
    }

    @ResetHandler
    void reset() {
        roles.deleteAllInBatch();
        people.deleteAllInBatch();
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
