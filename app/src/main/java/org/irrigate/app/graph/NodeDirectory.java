package org.irrigate.app.graph;

import java.time.LocalDate;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;

/** Who a node is: its name and, for an organisation, its kind, whether it was a partner on a day, and merges. */
public interface NodeDirectory {

    /** {@code organisationKind} is null for a person or an organisation the directory does not know. */
    record NodeInfo(String label, OrganisationKind organisationKind) {
    }

    NodeInfo info(UUID id, NodeKind kind);

    /** The organisation a duplicate was merged into, or the id itself. */
    UUID canonical(UUID id);

    /** The network's member organisations on the day: where every path into a body starts. */
    java.util.Set<UUID> partnersOn(LocalDate day);
}
