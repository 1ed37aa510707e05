package org.irrigate.core.api;

/**
 * Who is reading, as far as visibility goes: a partner sees its own private records and what others shared; the
 * coordinator sees the whole network; everyone else sees only what is shared.
 */
public record Viewer(String username, OrganisationId organisation, boolean seesAllPrivate) {

    public boolean maySee(OrganisationId privateTo) {
        return privateTo == null || seesAllPrivate || privateTo.equals(organisation);
    }
}
