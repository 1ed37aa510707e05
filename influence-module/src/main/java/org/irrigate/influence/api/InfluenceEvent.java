package org.irrigate.influence.api;

import org.irrigate.core.api.NetworkEvent;

/** Every event of the influence module. */
public sealed interface InfluenceEvent extends NetworkEvent
        permits ConversationEvent, RelationshipEvent, RepresentationEvent, AdvocacyEvent, TippingPointEvent {
}
