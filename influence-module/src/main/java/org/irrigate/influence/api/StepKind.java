package org.irrigate.influence.api;

/** What was done to push an ask; each step of an advocacy action is one of these. */
public enum StepKind {
    PRESENTATION, LETTER, MEETING, PROPOSAL, CONSULTATION_RESPONSE, CAMPAIGN, OTHER
}
