package org.irrigate.evidence.api;

import java.util.List;
import org.irrigate.core.api.OutcomeArea;

/**
 * One outcome of a Theory of Change version, with a short code ("I3") that priority choices refer to, mapped to the
 * outcome areas (Thriving Places Index domains) it contributes to.
 */
public record Outcome(String code, OutcomeLevel level, String text, List<OutcomeArea> areas) {
    public Outcome {
        code = code == null ? null : code.strip();
        text = text == null ? null : text.strip();
        areas = Lists.sorted(areas, "areas");
    }
}
