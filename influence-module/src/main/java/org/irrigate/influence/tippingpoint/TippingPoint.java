package org.irrigate.influence.tippingpoint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.influence.api.TippingPointCommand.MarkTippingPoint;
import org.irrigate.influence.api.TippingPointCommand.RetractTippingPoint;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.irrigate.influence.api.TippingPointEvent.TippingPointRetracted;
import org.irrigate.influence.support.Rules;

/** A moment after which things changed, with what it was like before and after; retracted with a reason if wrong. */
@Aggregate
public class TippingPoint {
    static final int WHAT_LENGTH = 500;
    static final int STORY_LENGTH = 2000;
    static final int MAX_LINKS = 30;

    @AggregateIdentifier
    private TippingPointId tippingPointId;
    private Set<OrganisationId> organisations;
    private boolean retracted;

    protected TippingPoint() {
        // for Axon
    }

    @CommandHandler
    public TippingPoint(MarkTippingPoint command) {
        String what = requireText(command.whatChanged(), "whatChanged", WHAT_LENGTH);
        String before = requireText(command.before(), "before", STORY_LENGTH);
        String after = requireText(command.after(), "after", STORY_LENGTH);
        apply(new TippingPointMarked(command.tippingPointId(), what, before, after,
                Set.copyOf(Rules.distinct(command.organisations(), "organisations", MAX_LINKS)), command.place(),
                Rules.distinct(command.conversations(), "conversations", MAX_LINKS),
                Rules.distinct(command.advocacyActions(), "advocacyActions", MAX_LINKS),
                requirePresent(command.happenedOn(), "happenedOn")));
    }

    @CommandHandler
    void handle(RetractTippingPoint command) {
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        requirePresent(command.happenedOn(), "happenedOn");
        check(!retracted, "The tipping point has already been retracted");
        apply(new TippingPointRetracted(tippingPointId, organisations, reason, command.happenedOn()));
    }

    @EventSourcingHandler
    void on(TippingPointMarked event) {
        tippingPointId = event.tippingPointId();
        organisations = event.organisations();
    }

    @EventSourcingHandler
    void on(TippingPointRetracted event) {
        retracted = true;
    }
}
