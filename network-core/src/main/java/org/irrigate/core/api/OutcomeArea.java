package org.irrigate.core.api;

/** The Thriving Places Index domains the network tags its work with (DOMAIN.md). */
public enum OutcomeArea {
    MENTAL_AND_PHYSICAL_HEALTH,
    EDUCATION_AND_LEARNING,
    QUALITY_OF_EMPLOYMENT,
    LOCAL_ECONOMY,
    PARTICIPATION_AND_INFLUENCE,
    NEIGHBOURHOOD_TRUST,
    WELLBEING
}
