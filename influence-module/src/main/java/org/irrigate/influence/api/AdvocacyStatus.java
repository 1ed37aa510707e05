package org.irrigate.influence.api;

/**
 * The columns of the advocacy board: started with no step yet, steps under way, an outcome recorded, or closed
 * (with a reason; it may be reopened).
 */
public enum AdvocacyStatus {
    STARTED, IN_PROGRESS, OUTCOME_RECORDED, CLOSED;

    public static AdvocacyStatus of(boolean closed, boolean outcome, int steps) {
        return closed ? CLOSED : outcome ? OUTCOME_RECORDED : steps > 0 ? IN_PROGRESS : STARTED;
    }
}
