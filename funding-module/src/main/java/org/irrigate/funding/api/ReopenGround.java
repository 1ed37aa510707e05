package org.irrigate.funding.api;

/** Why a bid's decision is reopened: the only ways a bid gets more than one decision. */
public enum ReopenGround {
    /** The bidder appealed against the decision. */
    APPEAL,
    /** The funder amends its own decision (e.g. tops up a partial award). */
    AMENDMENT
}
