package org.irrigate.funding.giving;

import org.irrigate.core.api.AwardId;

/** Why an award (or one recipient's grant of it) is left out of a 360Giving export, in words a person can act on. */
public record ExportProblem(AwardId awardId, String award, String field, String reason) {
}
