package org.irrigate.app.pages;

import java.time.Instant;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownDirectory;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.stereotype.Component;

/** Reads the organisation and people directories through network-core's queries, or as known at a record time. */
@Component
class Directory {
    private final QueryGateway queries;
    private final KnownDirectory known;
    private final CurrentViewer viewer;

    Directory(QueryGateway queries, KnownDirectory known, CurrentViewer viewer) {
        this.queries = queries;
        this.known = known;
        this.viewer = viewer;
    }

    Names names() {
        return Names.of(QueryAnswers.list(queries, new FindOrganisations(null, null, null), OrganisationView.class),
                QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class));
    }

    /** Names as known at {@code at} (null: now), so a later rename does not show on a page about then. */
    Names names(Instant at) {
        return at == null ? names() : Names.of(known.organisations(null, null, false, at, viewer.get()),
                known.people(at, viewer.get()));
    }
}
