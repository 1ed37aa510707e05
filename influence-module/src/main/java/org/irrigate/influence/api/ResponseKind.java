package org.irrigate.influence.api;

/** How the target of an advocacy action answered. */
public enum ResponseKind {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED, NO_RESPONSE
}
