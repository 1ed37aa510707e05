package org.irrigate.influence.query;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.stereotype.Component;

/**
 * Names of organisations and people, asked of network-core's directory when a view is read rather than copied into
 * influence tables, so a rename shows at once and an erased person's name disappears everywhere.
 */
@Component
class Names {
    private final QueryGateway queries;

    Names(QueryGateway queries) {
        this.queries = queries;
    }

    /** Every known organisation's and person's name by id, as the directory shows them. */
    Map<UUID, String> all() {
        Map<UUID, String> names = new HashMap<>();
        QueryAnswers.list(queries, new FindOrganisations(null, null, null), OrganisationView.class)
                .forEach(o -> names.put(o.organisationId().value(), o.name()));
        QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class)
                .forEach(p -> names.put(p.personId().value(), p.fullName()));
        return names;
    }
}
