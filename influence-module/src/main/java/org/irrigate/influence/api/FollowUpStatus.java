package org.irrigate.influence.api;

/** Where a follow-up stands on a given day; overdue means open past its due date. */
public enum FollowUpStatus {
    OPEN, OVERDUE, DONE
}
