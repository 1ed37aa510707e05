package org.irrigate.evidence.api;

import org.irrigate.core.api.OutcomeArea;

/** "What happened as a result?" for one outcome area of the case study template (seed 001, Appendix 2). */
public record OutcomeNarrative(OutcomeArea area, String narrative) {
    public OutcomeNarrative {
        narrative = narrative == null ? null : narrative.strip();
    }
}
