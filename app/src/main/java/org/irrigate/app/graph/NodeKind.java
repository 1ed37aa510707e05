package org.irrigate.app.graph;

/** A node of the network graph is a person or an organisation, as a party to a relationship or conversation is. */
public enum NodeKind {
    PERSON, ORGANISATION
}
