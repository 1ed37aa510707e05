package org.irrigate.app.security;

import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.Viewer;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SignedInViewer implements CurrentViewer {

    @Override
    public Viewer get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Member member)) {
            throw new InsufficientAuthenticationException("Nobody is signed in");
        }
        return of(member);
    }

    /** Only the coordinator sees every partner's private records. */
    static Viewer of(Member member) {
        return new Viewer(member.username(), member.organisationId(), member.role() == Role.COORDINATOR);
    }
}
