package org.irrigate.evidence.api;

/** Reflection meetings of the network, and the interviews the research partner held (seed 001). */
public enum ReflectionKind {
    REFLECTION_SESSION, PARTNER_INTERVIEW, STAKEHOLDER_INTERVIEW
}
