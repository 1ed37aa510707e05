package org.irrigate.app.security.ownership;

import java.util.Map;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.OrganisationId;

/**
 * Who is behind a command, as far as ownership goes: the organisation it is recorded for, and whether it acts for
 * the whole network (the coordinator, an admin, or this process itself: the demo story, the bootstrap and policies
 * reacting to events). Read from the command's audit metadata, which {@code AuditInterceptor} alone writes.
 */
public record Actor(OrganisationId organisation, boolean network) {
    /** Metadata key set on every command: "true" when the command acts for the whole network. */
    public static final String ACTS_FOR_NETWORK = "actsForNetwork";

    static Actor from(Map<String, ?> metadata) {
        return new Actor(AuditMetadata.from(metadata).onBehalfOf(),
                Boolean.parseBoolean(String.valueOf(metadata.get(ACTS_FOR_NETWORK))));
    }
}
