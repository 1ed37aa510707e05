package org.irrigate.app.evolution;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@code FollowUpCompleted} revision 1 as revision 2. Revision 1 did not say who completed the follow-up, but
 * every stored event carries it as audit metadata ({@code onBehalfOf}, stamped from the signed-in partner by the
 * audit interceptor, which refuses a command without one); revision 2 makes it the domain field {@code completedBy}.
 * Works on {@link ObjectNode}, the tree Axon's Jackson 3 serializer converts payloads to and from.
 */
public class FollowUpCompletedUpcaster extends SingleEventUpcaster {
    static final String TYPE = FollowUpCompleted.class.getName();
    static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        Object onBehalfOf = event.getMetaData().getObject().get(AuditMetadata.ON_BEHALF_OF);
        return event.upcastPayload(REVISION_2, ObjectNode.class, payload -> {
            // Without audit metadata (never written by Irrigate itself) the logging partner is the only one known.
            String completedBy = onBehalfOf != null ? onBehalfOf.toString() : payload.get("loggedBy").asString();
            return payload.put("completedBy", completedBy);
        });
    }
}
