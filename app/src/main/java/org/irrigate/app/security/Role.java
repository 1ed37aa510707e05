package org.irrigate.app.security;

/** What a user may do (DOMAIN.md): partners log for their organisation, the coordinator sees the network,
 *  researchers read and annotate, admins manage users. */
public enum Role {
    PARTNER, COORDINATOR, RESEARCHER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
