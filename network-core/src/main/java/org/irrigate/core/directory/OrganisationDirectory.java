package org.irrigate.core.directory;

import java.util.List;
import java.util.function.Consumer;
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

    private final OrganisationEntries entries;

    OrganisationDirectory(OrganisationEntries entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        OrganisationEntry entry = new OrganisationEntry();
        entry.id = event.organisationId().value();
        entry.name = event.name();
        entry.kind = event.kind();
        entry.placeCode = event.place() == null ? null : event.place().value();
        entry.charityNumber = event.charityNumber();
        entry.status = OrganisationStatus.ACTIVE;
        entry.registeredOn = event.happenedOn();
        entries.save(entry);
    }

    @EventHandler
    void on(OrganisationEvent event) {
        switch (event) {
            case OrganisationRenamed e -> update(e, entry -> entry.name = e.name());
            case OrganisationKindChanged e -> update(e, entry -> entry.kind = e.kind());
            case NetworkJoined e -> update(e, entry -> {
                entry.member = true;
                entry.joinedOn = e.happenedOn();
                entry.leftOn = null;
            });
            case NetworkLeft e -> update(e, entry -> {
                entry.member = false;
                entry.leftOn = e.happenedOn();
            });
            case OrganisationMerged e -> update(e, entry -> {
                entry.status = OrganisationStatus.MERGED;
                entry.mergedInto = e.mergedInto().value();
                leave(entry, e.happenedOn());
            });
            case OrganisationRetired e -> update(e, entry -> {
                entry.status = OrganisationStatus.RETIRED;
                leave(entry, e.happenedOn());
            });
            case OrganisationRegistered e -> {
                // handled above: Axon picks the most specific handler
            }
        }
    }

    private static void leave(OrganisationEntry entry, java.time.LocalDate on) {
        if (entry.member) {
            entry.member = false;
            entry.leftOn = on;
        }
    }

    private void update(OrganisationEvent event, Consumer<OrganisationEntry> change) {
        entries.findById(event.organisationId().value()).ifPresent(entry -> {
            change.accept(entry);
            entries.save(entry);
        });
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
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
