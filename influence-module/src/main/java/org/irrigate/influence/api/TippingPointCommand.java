package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.TippingPointId;

/** Marking a tipping point: when, what changed, before and after, and what was around it. */
public sealed interface TippingPointCommand {
    TippingPointId tippingPointId();

    record MarkTippingPoint(@TargetAggregateIdentifier TippingPointId tippingPointId, String whatChanged,
                            String before, String after, Set<OrganisationId> organisations, PlaceCode place,
                            List<ConversationId> conversations, List<AdvocacyActionId> advocacyActions,
                            LocalDate happenedOn) implements TippingPointCommand {
    }

    record RetractTippingPoint(@TargetAggregateIdentifier TippingPointId tippingPointId, String reason,
                               LocalDate happenedOn) implements TippingPointCommand {
    }
}
