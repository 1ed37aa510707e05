package org.irrigate.evidence.api;

import java.util.List;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;

/**
 * An outcome harvesting statement: what changed, in whom (the social actor), where, why it matters, and how the
 * network contributed. When it changed is the event's {@code happenedOn}.
 *
 * @param partners the network partners whose contribution is described
 * @param links    the conversations, advocacy actions and awards the contribution points at
 */
public record OutcomeStatement(String whatChanged, OrganisationId socialActor, PlaceCode where, String significance,
                               String contribution, List<OutcomeArea> areas, List<OrganisationId> partners,
                               Links links) {
    public OutcomeStatement {
        areas = Lists.sorted(areas, "areas");
        partners = Lists.distinct(partners, "partners");
        links = links == null ? Links.NONE : links;
    }
}
