package org.irrigate.app.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.QueryAnswers;

/**
 * Names, kinds, merges and membership from network-core's directories, as they stand now: the graph's dated facts
 * say who was linked when; who someone is does not change with the day asked about. Membership uses the joined and
 * left dates, so the partners are those of the day.
 */
final class DirectoryNodes implements NodeDirectory {
    private final Map<UUID, OrganisationView> organisations = new HashMap<>();
    private final Map<UUID, String> people = new HashMap<>();

    DirectoryNodes(QueryGateway queries) {
        QueryAnswers.list(queries, new FindOrganisations(null, null, null), OrganisationView.class)
                .forEach(o -> organisations.put(o.organisationId().value(), o));
        List<PersonView> all = QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class);
        all.forEach(p -> people.put(p.personId().value(), p.fullName()));
    }

    @Override
    public NodeInfo info(UUID id, NodeKind kind) {
        if (kind == NodeKind.PERSON) {
            return new NodeInfo(people.get(id), null);
        }
        OrganisationView o = organisations.get(id);
        return o == null ? new NodeInfo(null, null) : new NodeInfo(o.name(), o.kind());
    }

    @Override
    public UUID canonical(UUID id) {
        UUID current = id;
        Set<UUID> seen = new HashSet<>();
        while (seen.add(current)) {
            OrganisationView o = organisations.get(current);
            if (o == null || o.mergedInto() == null) {
                return current;
            }
            current = o.mergedInto().value();
        }
        return current;
    }

    @Override
    public Set<UUID> partnersOn(LocalDate day) {
        Set<UUID> partners = new HashSet<>();
        organisations.values().forEach(o -> {
            if (o.joinedOn() != null && !o.joinedOn().isAfter(day)
                    && (o.leftOn() == null || o.leftOn().isAfter(day)) && o.mergedInto() == null) {
                partners.add(o.organisationId().value());
            }
        });
        return partners;
    }
}
