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

    private final PlaceEntries places;

    PlaceDirectory(PlaceEntries places) {
        this.places = places;
    }

    @EventHandler
    void on(PlaceRegistered event) {
        PlaceEntry entry = new PlaceEntry();
        entry.code = event.code().value();
        entry.name = event.name();
        entry.level = event.level();
        entry.parentCode = event.parent() == null ? null : event.parent().value();
        places.save(entry);
    }

    @ResetHandler
    void reset() {
        places.deleteAllInBatch();
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
