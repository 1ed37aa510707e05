package org.irrigate.app.pages;

import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.stereotype.Component;

/** Reads the organisation and people directories through network-core's queries. */
@Component
class Directory {
    private final QueryGateway queries;

    Directory(QueryGateway queries) {
        this.queries = queries;
    }

    Names names() {
        return Names.of(QueryAnswers.list(queries, new FindOrganisations(null, null, null), OrganisationView.class),
                QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class));
    }
}
