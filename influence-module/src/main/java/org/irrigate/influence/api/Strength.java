package org.irrigate.influence.api;

/** The named scale a relationship is assessed on, weakest first. */
public enum Strength {
    UNAWARE, AWARE, ENGAGED, TRUSTED, CHAMPION;

    public String label() {
        return name().toLowerCase();
    }
}
