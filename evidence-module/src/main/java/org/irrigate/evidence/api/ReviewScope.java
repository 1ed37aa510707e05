package org.irrigate.evidence.api;

import java.util.List;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;

/** What a learning review looks at besides its period: some organisations, places and outcome areas. */
public record ReviewScope(List<OrganisationId> organisations, List<PlaceCode> places, List<OutcomeArea> areas) {
    public static final ReviewScope WHOLE_NETWORK = new ReviewScope(List.of(), List.of(), List.of());

    public ReviewScope {
        organisations = Lists.distinct(organisations, "organisations");
        places = Lists.distinct(places, "places");
        areas = Lists.sorted(areas, "areas");
    }
}
