package org.irrigate.evidence.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.LearningReviewId;

/** What a researcher does with a learning review: open it, pin what it looks at, write findings, close it. */
public sealed interface LearningReviewCommand {
    LearningReviewId learningReviewId();

    /**
     * @param recordTime the record time the review looks at: it is based on the history as the network knew it
     *                   then, and keeps showing that history after later corrections
     */
    record OpenLearningReview(@TargetAggregateIdentifier LearningReviewId learningReviewId, String question,
                              DateRange period, ReviewScope scope, Instant recordTime, LocalDate happenedOn)
            implements LearningReviewCommand {
    }

    /**
     * @param itemRecordedAt when the network first recorded the item, read from the event store by the caller: an
     *                       item recorded after the review's record time is not part of the history it looks at
     */
    record PinItem(@TargetAggregateIdentifier LearningReviewId learningReviewId, TimelineItem item, String why,
                   Instant itemRecordedAt, LocalDate happenedOn) implements LearningReviewCommand {
    }

    /** A finding and the pinned items it rests on. */
    record WriteFinding(@TargetAggregateIdentifier LearningReviewId learningReviewId, String text,
                        List<TimelineItem> restsOn, LocalDate happenedOn) implements LearningReviewCommand {
    }

    record CloseLearningReview(@TargetAggregateIdentifier LearningReviewId learningReviewId, String conclusion,
                               LocalDate happenedOn) implements LearningReviewCommand {
    }
}
