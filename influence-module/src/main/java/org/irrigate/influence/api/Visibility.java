package org.irrigate.influence.api;

/** Who may see a conversation: the logging partner's users and the coordinator, or the whole network. */
public enum Visibility {
    PRIVATE, SHARED
}
