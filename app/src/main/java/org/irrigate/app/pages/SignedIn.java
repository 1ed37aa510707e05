package org.irrigate.app.pages;

import org.irrigate.app.security.Member;
import org.irrigate.app.security.Role;
import org.irrigate.core.api.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in member as pages need it: who, in which role, and what they may change. */
public record SignedIn(String username, Role role, OrganisationId organisation) {

    static SignedIn current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Member member) {
            return new SignedIn(member.username(), member.role(), member.organisationId());
        }
        return null;
    }

    /** Researchers read and annotate; they never change the history. */
    public boolean mayRecord() {
        return role != Role.RESEARCHER;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    public boolean isResearcher() {
        return role == Role.RESEARCHER;
    }

    /** The coordinator and admins record for the whole network, not for one partner. */
    public boolean actsForNetwork() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    /** A record that names its organisations (advocates, a bid's lead and partners) must name a partner's own. */
    void requireAmong(java.util.Collection<OrganisationId> named) {
        if (!actsForNetwork() && !named.contains(organisation)) {
            throw new AccessDeniedException("Partners record only what their own organisation takes part in");
        }
    }

    /** Checked on the server for every write a page offers, whatever the page showed. */
    void requireMayRecord() {
        if (!mayRecord()) {
            throw new AccessDeniedException("Researchers read and annotate; they do not change the history");
        }
    }

    /** A partner acts only for its own organisation; the coordinator may act for any partner. */
    void requireActingFor(OrganisationId partner) {
        if (!isCoordinator() && !partner.equals(organisation)) {
            throw new AccessDeniedException("Partners record only for their own organisation");
        }
    }
}
