package org.irrigate.influence.api;

/** What an advocacy action achieved in the end. */
public enum OutcomeResult {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED
}
