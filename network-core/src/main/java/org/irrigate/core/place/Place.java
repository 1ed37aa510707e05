package org.irrigate.core.place;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.core.api.PlaceRegistered;
import org.irrigate.core.api.RegisterPlace;

/** ONS reference geography. Registered once per code; a second registration is a conflict at the event store. */
@Aggregate
public class Place {
    @AggregateIdentifier
    private PlaceCode code;

    protected Place() {
        // for Axon
    }

    @CommandHandler
    public Place(RegisterPlace command) {
        PlaceCode placeCode = requirePresent(command.code(), "code");
        PlaceLevel level = placeCode.level();
        if (level.parent() == null) {
            require(command.parent() == null, "parent", "a county has no parent place");
        } else {
            requirePresent(command.parent(), "parent");
            require(command.parent().level() == level.parent(), "parent",
                    "a " + level + " must sit inside a " + level.parent());
        }
        apply(new PlaceRegistered(placeCode, requireText(command.name(), "name", 200), level, command.parent(),
                requirePresent(command.happenedOn(), "happenedOn")));
    }

    @EventSourcingHandler
    void on(PlaceRegistered event) {
        code = event.code();
    }
}
