package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.Subjects;
import org.irrigate.core.api.TippingPointId;

/** A moment after which things changed, and its retraction if it turns out not to have been one. */
public sealed interface TippingPointEvent extends InfluenceEvent {
    TippingPointId tippingPointId();

    Set<OrganisationId> organisations();

    @Override
    default Subjects subjects() {
        return new Subjects(organisations(), Set.of(), Set.of());
    }

    @Revision("1")
    record TippingPointMarked(TippingPointId tippingPointId, String whatChanged, String before,
                              String after, Set<OrganisationId> organisations, PlaceCode place,
                              List<ConversationId> conversations, List<AdvocacyActionId> advocacyActions,
                              LocalDate happenedOn) implements TippingPointEvent {
        @Override
        public Subjects subjects() {
            Subjects subjects = new Subjects(organisations, Set.of(), Set.of());
            return place == null ? subjects : subjects.withPlaces(place);
        }

        @Override
        public String summary() {
            return "Tipping point: " + whatChanged;
        }
    }

    @Revision("1")
    record TippingPointRetracted(TippingPointId tippingPointId,
                                 Set<OrganisationId> organisations, String reason, LocalDate happenedOn)
            implements TippingPointEvent {
        @Override
        public String summary() {
            return "Retracted a tipping point: " + reason;
        }
    }
}
