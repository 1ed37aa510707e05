package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies learning review; shared-kernel id so other modules can refer to it. Serialised as its bare UUID. */
public record LearningReviewId(UUID value) {
    public LearningReviewId {
        Ids.require(value, "learningReviewId");
    }

    public static LearningReviewId random() {
        return new LearningReviewId(UUID.randomUUID());
    }

    @JsonCreator
    public static LearningReviewId of(String text) {
        return new LearningReviewId(Ids.parse(text, "learningReviewId"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
