package org.irrigate.core.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.ErasePerson;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonCommand.UpdatePersonalDetails;
import org.irrigate.core.api.PersonEvent.PersonErased;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.RoleId;

/** A person and the roles they hold over time; when a role ends, the contact it gave the network ends too. */
@Aggregate
public class Person {
    @AggregateIdentifier
    private PersonId personId;
    private final Map<RoleId, HeldRole> roles = new HashMap<>();
    private boolean erased;

    private record HeldRole(org.irrigate.core.api.OrganisationId organisationId, String title, DateRange period) {
    }

    protected Person() {
        // for Axon
    }

    @CommandHandler
    public Person(RegisterPerson command, PersonalDataVault vault) {
        PersonalDetails details = requirePresent(command.details(), "details");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        apply(new PersonRegistered(command.personId(), vault.seal(command.personId(), details), on));
    }

    @CommandHandler
    void handle(UpdatePersonalDetails command, PersonalDataVault vault) {
        PersonalDetails details = requirePresent(command.details(), "details");
        String reason = requireText(command.reason(), "reason", 1000);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        requireNotErased();
        apply(new PersonalDetailsUpdated(personId, vault.seal(personId, details), reason, on));
    }

    /** Deletes the key in the same transaction as the event, so an erasure is never half done. */
    @CommandHandler
    void handle(ErasePerson command, PersonalDataVault vault) {
        String reason = requireText(command.reason(), "reason", 1000);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        requireNotErased();
        vault.erase(personId);
        apply(new PersonErased(personId, reason, on));
    }

    private void requireNotErased() {
        check(!erased, "This person's data has been erased");
    }

    @CommandHandler
    void handle(StartRole command) {
        RoleId roleId = requirePresent(command.roleId(), "roleId");
        String title = requireText(command.title(), "title", 200);
        requirePresent(command.organisationId(), "organisationId");
        LocalDate from = requirePresent(command.happenedOn(), "happenedOn");
        check(!roles.containsKey(roleId), "Role " + roleId + " has already been started");
        check(roles.values().stream().noneMatch(r -> r.period().isOpen()
                        && r.organisationId().equals(command.organisationId()) && r.title().equalsIgnoreCase(title)),
                "The person already holds '" + title + "' at that organisation");
        apply(new RoleStarted(personId, roleId, command.organisationId(), title, from));
    }

    @CommandHandler
    void handle(EndRole command) {
        RoleId roleId = requirePresent(command.roleId(), "roleId");
        LocalDate to = requirePresent(command.happenedOn(), "happenedOn");
        HeldRole role = roles.get(roleId);
        if (role == null) {
            throw new NotFoundException("Role", roleId);
        }
        check(role.period().isOpen(), "The role ended on " + role.period().to());
        require(!to.isBefore(role.period().from()), "happenedOn",
                "must not be before the role started (" + role.period().from() + ")");
        String reason = command.reason() == null || command.reason().isBlank() ? null : requireText(command.reason(), "reason", 1000);
        apply(new RoleEnded(personId, roleId, role.organisationId(), role.title(), reason, to));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }

    @EventSourcingHandler
    void on(PersonErased event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(RoleStarted event) {
        roles.put(event.roleId(), new HeldRole(event.organisationId(), event.title(),
                DateRange.openFrom(event.happenedOn())));
    }

    @EventSourcingHandler
    void on(RoleEnded event) {
        roles.computeIfPresent(event.roleId(),
                (id, role) -> new HeldRole(role.organisationId(), role.title(), role.period().endingOn(event.happenedOn())));
    }
}
