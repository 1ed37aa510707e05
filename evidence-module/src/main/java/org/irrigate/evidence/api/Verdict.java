package org.irrigate.evidence.api;

/** A verifier's answer when asked to substantiate a harvested outcome. */
public enum Verdict {
    AGREES, PARTLY_AGREES, DISAGREES
}
