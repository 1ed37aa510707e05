package org.irrigate.core.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.OrganisationCommand.ChangeOrganisationKind;
import org.irrigate.core.api.OrganisationCommand.JoinNetwork;
import org.irrigate.core.api.OrganisationCommand.LeaveNetwork;
import org.irrigate.core.api.OrganisationCommand.MergeOrganisation;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationCommand.RenameOrganisation;
import org.irrigate.core.api.OrganisationCommand.RetireOrganisation;
import org.irrigate.core.api.OrganisationEvent.NetworkJoined;
import org.irrigate.core.api.OrganisationEvent.NetworkLeft;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationMerged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationEvent.OrganisationRenamed;
import org.irrigate.core.api.OrganisationEvent.OrganisationRetired;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;

/** An organisation's own history: its name, kind, network membership, and whether it still stands on its own. */
@Aggregate
public class Organisation {
    static final int NAME_LENGTH = 200;
    static final int REASON_LENGTH = 1000;

    @AggregateIdentifier
    private OrganisationId organisationId;
    private String name;
    private OrganisationKind kind;
    private LocalDate joinedOn;
    private boolean member;
    private boolean closed;

    protected Organisation() {
        // for Axon
    }

    @CommandHandler
    public Organisation(RegisterOrganisation command) {
        apply(new OrganisationRegistered(command.organisationId(), requireText(command.name(), "name", NAME_LENGTH),
                requirePresent(command.kind(), "kind"), command.place(), command.charityNumber(),
                requirePresent(command.happenedOn(), "happenedOn")));
    }

    @CommandHandler
    void handle(RenameOrganisation command) {
        String newName = requireText(command.name(), "name", NAME_LENGTH);
        requireOpen();
        check(!newName.equals(name), "The organisation is already called " + name);
        apply(new OrganisationRenamed(organisationId, name, newName, happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(ChangeOrganisationKind command) {
        OrganisationKind newKind = requirePresent(command.kind(), "kind");
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        requireOpen();
        check(newKind != kind, "The organisation is already of kind " + kind);
        apply(new OrganisationKindChanged(organisationId, kind, newKind, reason, happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(JoinNetwork command) {
        LocalDate on = happened(command.happenedOn());
        requireOpen();
        check(!member, "The organisation is already a member of the network");
        apply(new NetworkJoined(organisationId, on));
    }

    @CommandHandler
    void handle(LeaveNetwork command) {
        LocalDate on = happened(command.happenedOn());
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        check(member, "The organisation is not a member of the network");
        require(!on.isBefore(joinedOn), "happenedOn", "must not be before the organisation joined (" + joinedOn + ")");
        apply(new NetworkLeft(organisationId, reason, on));
    }

    @CommandHandler
    void handle(MergeOrganisation command) {
        OrganisationId target = requirePresent(command.mergedInto(), "mergedInto");
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        require(!target.equals(organisationId), "mergedInto", "must be another organisation");
        requireOpen();
        apply(new OrganisationMerged(organisationId, target, reason, happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(RetireOrganisation command) {
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        requireOpen();
        apply(new OrganisationRetired(organisationId, reason, happened(command.happenedOn())));
    }

    private void requireOpen() {
        check(!closed, "The organisation has been merged or retired; its record is closed");
    }

    private static LocalDate happened(LocalDate date) {
        return requirePresent(date, "happenedOn");
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        name = event.name();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(OrganisationRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(OrganisationKindChanged event) {
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(NetworkJoined event) {
        member = true;
        joinedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(NetworkLeft event) {
        member = false;
    }

    @EventSourcingHandler
    void on(OrganisationMerged event) {
        closed = true;
        member = false;
    }

    @EventSourcingHandler
    void on(OrganisationRetired event) {
        closed = true;
        member = false;
    }
}
