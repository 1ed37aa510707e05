package org.irrigate.funding.api;

/** Where a bid stands in the pipeline. */
public enum BidStatus {
    DRAFT,
    SUBMITTED,
    AWARDED,
    PARTLY_AWARDED,
    DECLINED,
    /** An appeal or amendment has reopened the decision; the next decision replaces the last. */
    REOPENED,
    WITHDRAWN;

    public static BidStatus of(DecisionOutcome outcome) {
        return switch (outcome) {
            case AWARDED -> AWARDED;
            case PARTLY_AWARDED -> PARTLY_AWARDED;
            case DECLINED -> DECLINED;
        };
    }
}
