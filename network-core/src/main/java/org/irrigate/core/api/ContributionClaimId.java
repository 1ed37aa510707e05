package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies contribution claim; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record ContributionClaimId(UUID value) {
    public ContributionClaimId {
        Ids.require(value, "contributionClaimId");
    }

    public static ContributionClaimId random() {
        return new ContributionClaimId(UUID.randomUUID());
    }

    @JsonCreator
    public static ContributionClaimId of(String text) {
        return new ContributionClaimId(Ids.parse(text, "contributionClaimId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
