package org.irrigate.app.pages;

import java.util.List;
import org.irrigate.core.api.OrganisationId;

/**
 * Network members as boxes to tick (advocates, a bid's partners), with what was ticked kept. A partner's own
 * organisation, when fixed, is posted by the form rather than offered to untick.
 */
record Ticks(List<Tick> boxes, OrganisationId fixed) {

    /** One member: {@code value} is what the form posts. */
    public record Tick(String value, String name, boolean checked) {
    }

    static Ticks members(Names names, List<String> ticked, OrganisationId fixed) {
        return new Ticks(names.organisationList().stream().filter(o -> o.member() && !o.organisationId().equals(fixed))
                .map(o -> new Tick(o.organisationId().toString(), o.name(), ticked.contains(o.organisationId().toString())))
                .toList(), fixed);
    }
}
