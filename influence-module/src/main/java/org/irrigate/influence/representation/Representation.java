package org.irrigate.influence.representation;

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
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.influence.api.RepresentationCommand.EndRepresentation;
import org.irrigate.influence.api.RepresentationCommand.StartRepresentation;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.irrigate.influence.support.Rules;

/** A seat a person holds for an organisation on a strategic body, from the day taken to the day left. */
@Aggregate
public class Representation {
    static final int SEAT_LENGTH = 200;

    @AggregateIdentifier
    private RepresentationId representationId;
    private PersonId personId;
    private OrganisationId organisationId;
    private OrganisationId bodyId;
    private LocalDate from;
    private LocalDate to;

    protected Representation() {
        // for Axon
    }

    @CommandHandler
    public Representation(StartRepresentation command) {
        PersonId person = requirePresent(command.personId(), "personId");
        OrganisationId organisation = requirePresent(command.organisationId(), "organisationId");
        OrganisationId body = requirePresent(command.bodyId(), "bodyId");
        require(!body.equals(organisation), "bodyId", "must be another organisation than the one represented");
        String seat = requireText(command.seat(), "seat", SEAT_LENGTH);
        apply(new RepresentationStarted(command.representationId(), person, organisation, body, seat,
                requirePresent(command.happenedOn(), "happenedOn")));
    }

    @CommandHandler
    void handle(EndRepresentation command) {
        String reason = Rules.optionalText(command.reason(), "reason", Rules.REASON_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), from, "the seat was taken");
        check(to == null, "The seat was already left on " + to);
        apply(new RepresentationEnded(representationId, personId, organisationId, bodyId, reason, on));
    }

    @EventSourcingHandler
    void on(RepresentationStarted event) {
        representationId = event.representationId();
        personId = event.personId();
        organisationId = event.organisationId();
        bodyId = event.bodyId();
        from = event.happenedOn();
    }

    @EventSourcingHandler
    void on(RepresentationEnded event) {
        to = event.happenedOn();
    }
}
