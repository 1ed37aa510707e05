package org.irrigate.funding.api;

import org.irrigate.core.api.OrganisationId;

/**
 * Who receives (part of) an award. An unconstituted group ("people on benches") cannot hold money itself: it is
 * funded through a host organisation, which receives and accounts for the money on the group's behalf.
 *
 * @param host the organisation that holds the money for the recipient, or null when the recipient holds it itself
 */
public record Recipient(OrganisationId organisation, OrganisationId host) {

    public static Recipient of(OrganisationId organisation) {
        return new Recipient(organisation, null);
    }

    /** The organisation the money is actually paid to. */
    public OrganisationId paidTo() {
        return host == null ? organisation : host;
    }
}
