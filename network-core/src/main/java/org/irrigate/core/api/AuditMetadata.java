package org.irrigate.core.api;

import java.time.Instant;
import java.util.Map;

/**
 * Who recorded an event, on behalf of which organisation, when, and as part of which request. Set on every command
 * from the authenticated user and copied onto every event the command produces.
 */
public record AuditMetadata(String recordedBy, OrganisationId onBehalfOf, Instant recordedAt, String correlationId) {
    public static final String RECORDED_BY = "recordedBy";
    public static final String ON_BEHALF_OF = "onBehalfOf";
    public static final String RECORDED_AT = "recordedAt";
    public static final String CORRELATION_ID = "correlationId";

    /** Reads the audit fields out of an Axon metadata map; fields a message lacks come back null. */
    public static AuditMetadata from(Map<String, ?> metadata) {
        Object org = metadata.get(ON_BEHALF_OF);
        Object at = metadata.get(RECORDED_AT);
        return new AuditMetadata(
                (String) metadata.get(RECORDED_BY),
                org == null ? null : OrganisationId.of(org.toString()),
                at == null ? null : Instant.parse(at.toString()),
                (String) metadata.get(CORRELATION_ID));
    }
}
