package org.irrigate.app.graph;

/** Why two nodes are linked: an assessed relationship, a conversation both took part in, a role, or a seat. */
public enum LinkKind {
    RELATIONSHIP, CONVERSATION, ROLE, SEAT
}
