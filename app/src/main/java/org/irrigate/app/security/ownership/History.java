package org.irrigate.app.security.ownership;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.OrganisationId;

/** The stored events of the record a command targets; empty when the command creates it. */
record History(List<? extends DomainEventMessage<?>> events) {

    boolean isEmpty() {
        return events.isEmpty();
    }

    /** The organisation on whose behalf the record was first recorded. */
    OrganisationId recorder() {
        return events.isEmpty() ? null : AuditMetadata.from(events.getFirst().getMetaData()).onBehalfOf();
    }

    <T> Stream<T> payloads(Class<T> type) {
        return events.stream().map(DomainEventMessage::getPayload).filter(type::isInstance).map(type::cast);
    }

    <T> T first(Class<T> type) {
        return payloads(type).findFirst().orElse(null);
    }

    <T> T last(Class<T> type) {
        return payloads(type).reduce((a, b) -> b).orElse(null);
    }
}
