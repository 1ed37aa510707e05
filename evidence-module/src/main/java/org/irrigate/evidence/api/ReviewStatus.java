package org.irrigate.evidence.api;

public enum ReviewStatus {
    OPEN, CLOSED
}
