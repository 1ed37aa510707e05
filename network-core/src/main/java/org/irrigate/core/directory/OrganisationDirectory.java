package org.irrigate.core.directory;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.OrganisationEvent;
import org.irrigate.core.api.OrganisationEvent.NetworkJoined;
import org.irrigate.core.api.OrganisationEvent.NetworkLeft;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationMerged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationEvent.OrganisationRenamed;
import org.irrigate.core.api.OrganisationEvent.OrganisationRetired;
import org.springframework.stereotype.Component;

/** The organisation directory: each organisation as it stands now, rebuilt from its events. */
@Component
@ProcessingGroup(OrganisationDirectory.PROCESSING_GROUP)
class OrganisationDirectory {
    static final String PROCESSING_GROUP = "organisation-directory";

    private static final String TABLE = "organisation_directory";
    /** Leaving the network by merger or retirement: a member leaves on that day, a non-member keeps its dates. */
    private static final String LEAVE = "left_on = case when member then ? else left_on end, member = false";

    private final OrganisationEntries entries;
    private final DirectoryWrites writes;

    OrganisationDirectory(OrganisationEntries entries, DirectoryWrites writes) {
        this.entries = entries;
        this.writes = writes;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        writes.put(TABLE, "id", DirectoryWrites.row("id", event.organisationId().value(), "name", event.name(),
                "kind", event.kind().name(), "place_code", event.place() == null ? null : event.place().value(),
                "charity_number", event.charityNumber(), "status", OrganisationStatus.ACTIVE.name(),
                "merged_into", null, "member", false, "joined_on", null, "left_on", null,
                "registered_on", event.happenedOn()));
    }

    @EventHandler
    void on(OrganisationEvent event) {
        UUID id = event.organisationId().value();
        switch (event) {
            case OrganisationRenamed e -> writes.change(TABLE, "id", id, "name = ?", e.name());
            case OrganisationKindChanged e -> writes.change(TABLE, "id", id, "kind = ?", e.kind().name());
            case NetworkJoined e -> writes.change(TABLE, "id", id, "member = true, joined_on = ?, left_on = null",
                    e.happenedOn());
            case NetworkLeft e -> writes.change(TABLE, "id", id, "member = false, left_on = ?", e.happenedOn());
            case OrganisationMerged e -> writes.change(TABLE, "id", id, "status = ?, merged_into = ?, " + LEAVE,
                    OrganisationStatus.MERGED.name(), e.mergedInto().value(), e.happenedOn());
            case OrganisationRetired e -> writes.change(TABLE, "id", id, "status = ?, " + LEAVE,
                    OrganisationStatus.RETIRED.name(), e.happenedOn());
            case OrganisationRegistered e -> {
                // handled above: Axon picks the most specific handler
            }
        }
    }

    @ResetHandler
    void reset() {
        writes.clear(TABLE);
    }

    @QueryHandler
    List<OrganisationView> handle(FindOrganisations query) {
        String name = query.nameContains() == null || query.nameContains().isBlank() ? null : query.nameContains().strip();
        return entries.search(name, query.kind(), Boolean.TRUE.equals(query.membersOnly())).stream()
                .map(OrganisationEntry::view).toList();
    }

    /** Null when unknown: the gateway turns it into an empty Optional. */
    @QueryHandler
    OrganisationView handle(FindOrganisation query) {
        return entries.findById(query.organisationId().value()).map(OrganisationEntry::view).orElse(null);
    }
}
