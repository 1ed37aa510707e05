package org.irrigate.core.api;

/** The ONS geography levels the network drills through: county → district → ward → LSOA. */
public enum PlaceLevel {
    COUNTY("E10"), DISTRICT("E07"), WARD("E05"), LSOA("E01");

    private final String prefix;

    PlaceLevel(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The level directly above this one, or null for a county. */
    public PlaceLevel parent() {
        return this == COUNTY ? null : values()[ordinal() - 1];
    }

    static PlaceLevel ofPrefix(String prefix) {
        for (PlaceLevel level : values()) {
            if (level.prefix.equals(prefix)) {
                return level;
            }
        }
        return null;
    }
}
