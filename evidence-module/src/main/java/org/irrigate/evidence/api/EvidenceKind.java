package org.irrigate.evidence.api;

/** The pieces of evidence counted by outcome area and partner. */
public enum EvidenceKind {
    /** A published case study. */
    CASE_STUDY,
    /** A learning point from a reflection session or interview. */
    LEARNING_POINT,
    /** A harvested outcome that has not been retracted. */
    HARVESTED_OUTCOME
}
