package org.irrigate.core.directory;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.NetworkQuery.FindPlace;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.PlaceRegistered;
import org.springframework.stereotype.Component;

/** ONS places the network works in, as a hierarchy. */
@Component
@ProcessingGroup(PlaceDirectory.PROCESSING_GROUP)
class PlaceDirectory {
    static final String PROCESSING_GROUP = "place-directory";

    private static final String TABLE = "place_directory";

    private final PlaceEntries places;
    private final DirectoryWrites writes;

    PlaceDirectory(PlaceEntries places, DirectoryWrites writes) {
        this.places = places;
        this.writes = writes;
    }

    @EventHandler
    void on(PlaceRegistered event) {
        writes.put(TABLE, "code", DirectoryWrites.row("code", event.code().value(), "name", event.name(),
                "level", event.level().name(), "parent_code", event.parent() == null ? null : event.parent().value()));
    }

    @ResetHandler
    void reset() {
        writes.clear(TABLE);
    }

    @QueryHandler
    List<PlaceView> handle(FindPlaces query) {
        return places.search(query.level(), query.within() == null ? null : query.within().value()).stream()
                .map(PlaceEntry::view).toList();
    }

    @QueryHandler
    PlaceView handle(FindPlace query) {
        return places.findById(query.code().value()).map(PlaceEntry::view).orElse(null);
    }
}
