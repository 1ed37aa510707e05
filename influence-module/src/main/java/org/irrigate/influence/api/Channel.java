package org.irrigate.influence.api;

/** How a conversation took place. */
public enum Channel {
    MEETING, CALL, VIDEO_CALL, EMAIL, LETTER, EVENT, CHANCE_ENCOUNTER, OTHER;

    /** "chance encounter": for one-line summaries. */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
