package org.irrigate.evidence.api;

/** Where an outcome sits in the Theory of Change: the longer-term change sought, or a step towards it. */
public enum OutcomeLevel {
    LONG_TERM, INTERIM
}
