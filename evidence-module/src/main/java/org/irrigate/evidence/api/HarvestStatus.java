package org.irrigate.evidence.api;

import java.util.Collection;

/** Where a harvested outcome stands in the register. */
public enum HarvestStatus {
    /** Harvested, no verifier has answered yet. */
    HARVESTED,
    SUBSTANTIATED,
    PARTLY_SUBSTANTIATED,
    /** At least one verifier disagrees. */
    DISPUTED,
    RETRACTED;

    /** One disagreement disputes an outcome; one partial agreement makes it partly substantiated. */
    public static HarvestStatus of(Collection<Verdict> verdicts, boolean retracted) {
        if (retracted) {
            return RETRACTED;
        }
        if (verdicts.isEmpty()) {
            return HARVESTED;
        }
        if (verdicts.contains(Verdict.DISAGREES)) {
            return DISPUTED;
        }
        return verdicts.contains(Verdict.PARTLY_AGREES) ? PARTLY_SUBSTANTIATED : SUBSTANTIATED;
    }
}
