package org.irrigate.funding.api;

/** A contribution claim stands until someone challenges it or its claimant withdraws it. */
public enum ClaimStatus {
    STANDING,
    CHALLENGED,
    WITHDRAWN
}
