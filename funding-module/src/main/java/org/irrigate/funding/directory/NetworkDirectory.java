package org.irrigate.funding.directory;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindPlace;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.stereotype.Component;

/** Names and details of organisations and places, asked of network-core's read models through its api queries. */
@Component
public class NetworkDirectory {
    private final QueryGateway queries;

    NetworkDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<OrganisationView> organisation(OrganisationId id) {
        return QueryAnswers.find(queries, new FindOrganisation(id), OrganisationView.class);
    }

    /** The organisation's name, or its id while the directory has not caught up with it. */
    public String name(OrganisationId id) {
        return id == null ? null : organisation(id).map(OrganisationView::name).orElse(id.toString());
    }

    public Optional<PlaceView> place(PlaceCode code) {
        return QueryAnswers.find(queries, new FindPlace(code), PlaceView.class);
    }

    public String placeName(PlaceCode code) {
        return place(code).map(PlaceView::name).orElse(code.value());
    }
}
