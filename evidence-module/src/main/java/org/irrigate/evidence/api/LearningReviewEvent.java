package org.irrigate.evidence.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.Subjects;

/** A learning review: a question asked of the history as it was known at one record time. */
public sealed interface LearningReviewEvent extends EvidenceEvent {
    LearningReviewId learningReviewId();

    @Override
    default Subjects subjects() {
        return Subjects.NONE;
    }

    @Revision("1")
    record LearningReviewOpened(LearningReviewId learningReviewId, String question, DateRange period,
                                ReviewScope scope, Instant recordTime, LocalDate happenedOn)
            implements LearningReviewEvent {
        @Override
        public Subjects subjects() {
            return new Subjects(Set.copyOf(scope.organisations()), Set.of(), Set.copyOf(scope.places()));
        }

        @Override
        public String summary() {
            return "Opened learning review: " + Lists.abbreviate(question);
        }
    }

    @Revision("1")
    record ItemPinned(LearningReviewId learningReviewId, TimelineItem item, String why, Instant itemRecordedAt,
                      LocalDate happenedOn) implements LearningReviewEvent {
        @Override
        public String summary() {
            return "Pinned " + item.kind().name().toLowerCase().replace('_', ' ') + " to a learning review";
        }
    }

    @Revision("1")
    record FindingWritten(LearningReviewId learningReviewId, int number, String text, List<TimelineItem> restsOn,
                          LocalDate happenedOn) implements LearningReviewEvent {
        @Override
        public String summary() {
            return "Finding " + number + ": " + Lists.abbreviate(text);
        }
    }

    @Revision("1")
    record LearningReviewClosed(LearningReviewId learningReviewId, String conclusion, LocalDate happenedOn)
            implements LearningReviewEvent {
        @Override
        public String summary() {
            return "Closed learning review: " + Lists.abbreviate(conclusion);
        }
    }
}
