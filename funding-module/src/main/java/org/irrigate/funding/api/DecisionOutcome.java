package org.irrigate.funding.api;

/** What a funder decided about a submitted bid. */
public enum DecisionOutcome {
    /** The amount requested, or more. */
    AWARDED,
    /** Something, but less than was asked for. */
    PARTLY_AWARDED,
    /** Nothing. */
    DECLINED;

    public boolean fundsSomething() {
        return this != DECLINED;
    }
}
