package org.irrigate.app.security.ownership;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.irrigate.core.api.OrganisationId;

/** The organisations that may change one record (besides those acting for the network). */
record Owners(Set<OrganisationId> organisations) {

    static Owners of(OrganisationId... organisations) {
        return new Owners(Set.of()).and(organisations);
    }

    Owners and(OrganisationId... more) {
        return and(java.util.Arrays.asList(more));
    }

    Owners and(Collection<OrganisationId> more) {
        Set<OrganisationId> all = new LinkedHashSet<>(organisations);
        more.stream().filter(Objects::nonNull).forEach(all::add);
        return new Owners(Set.copyOf(all));
    }

    boolean include(OrganisationId organisation) {
        return organisation != null && organisations.contains(organisation);
    }
}
