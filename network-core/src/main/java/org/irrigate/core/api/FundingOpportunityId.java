package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies funding opportunity; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record FundingOpportunityId(UUID value) {
    public FundingOpportunityId {
        Ids.require(value, "fundingOpportunityId");
    }

    public static FundingOpportunityId random() {
        return new FundingOpportunityId(UUID.randomUUID());
    }

    @JsonCreator
    public static FundingOpportunityId of(String text) {
        return new FundingOpportunityId(Ids.parse(text, "fundingOpportunityId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
