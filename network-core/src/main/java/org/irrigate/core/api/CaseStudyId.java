package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies case study; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record CaseStudyId(UUID value) {
    public CaseStudyId {
        Ids.require(value, "caseStudyId");
    }

    public static CaseStudyId random() {
        return new CaseStudyId(UUID.randomUUID());
    }

    @JsonCreator
    public static CaseStudyId of(String text) {
        return new CaseStudyId(Ids.parse(text, "caseStudyId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
