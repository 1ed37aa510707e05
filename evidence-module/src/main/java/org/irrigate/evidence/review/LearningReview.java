package org.irrigate.evidence.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.evidence.rules.EvidenceRules.SHORT_TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.entries;
import static org.irrigate.evidence.rules.EvidenceRules.happened;
import static org.irrigate.evidence.rules.EvidenceRules.happenedSince;
import static org.irrigate.evidence.rules.EvidenceRules.optionalText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.evidence.api.LearningReviewCommand.CloseLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.OpenLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.PinItem;
import org.irrigate.evidence.api.LearningReviewCommand.WriteFinding;
import org.irrigate.evidence.api.LearningReviewEvent.FindingWritten;
import org.irrigate.evidence.api.LearningReviewEvent.ItemPinned;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewClosed;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewOpened;
import org.irrigate.evidence.api.ReviewScope;
import org.irrigate.evidence.api.TimelineItem;

/**
 * A learning review looks at the history as the network knew it at one record time. Only items recorded by then can
 * be pinned, and findings rest only on pinned items, so anyone reopening the review later sees what it was based on.
 */
@Aggregate
public class LearningReview {
    @AggregateIdentifier
    private LearningReviewId learningReviewId;
    private Instant recordTime;
    private LocalDate openedOn;
    private final List<TimelineItem> pinned = new ArrayList<>();
    private int findings;
    private boolean closed;

    protected LearningReview() {
        // for Axon
    }

    @CommandHandler
    public LearningReview(OpenLearningReview command) {
        String question = requireText(command.question(), "question", SHORT_TEXT);
        DateRange period = requirePresent(command.period(), "period");
        Instant knownAt = requirePresent(command.recordTime(), "recordTime");
        LocalDate on = happened(command.happenedOn());
        require(!period.from().isAfter(on), "period", "must not start after the review is opened");
        require(!knownAt.isBefore(period.from().atStartOfDay().toInstant(ZoneOffset.UTC)), "recordTime",
                "must not be before the period starts: nothing in it would have been known");
        apply(new LearningReviewOpened(command.learningReviewId(), question, period,
                command.scope() == null ? ReviewScope.WHOLE_NETWORK : command.scope(), knownAt, on));
    }

    @CommandHandler
    void handle(PinItem command) {
        TimelineItem item = requirePresent(command.item(), "item");
        String why = optionalText(command.why(), "why", SHORT_TEXT);
        Instant itemRecordedAt = requirePresent(command.itemRecordedAt(), "itemRecordedAt");
        LocalDate on = happenedSince(command.happenedOn(), openedOn, "the review was opened");
        requireOpen();
        check(!pinned.contains(item), "The item is already pinned to this review");
        check(!itemRecordedAt.isAfter(recordTime), "The item was first recorded at " + itemRecordedAt
                + ", after the review's record time " + recordTime + ": it is not part of the history under review");
        apply(new ItemPinned(learningReviewId, item, why, itemRecordedAt, on));
    }

    @CommandHandler
    void handle(WriteFinding command) {
        String text = requireText(command.text(), "text", TEXT);
        List<TimelineItem> restsOn = entries(command.restsOn(), "restsOn");
        require(!restsOn.isEmpty(), "restsOn", "must name at least one pinned item");
        for (TimelineItem item : restsOn) {
            require(pinned.contains(item), "restsOn", "names " + item + ", which is not pinned to this review");
        }
        LocalDate on = happenedSince(command.happenedOn(), openedOn, "the review was opened");
        requireOpen();
        apply(new FindingWritten(learningReviewId, findings + 1, text, restsOn, on));
    }

    @CommandHandler
    void handle(CloseLearningReview command) {
        String conclusion = requireText(command.conclusion(), "conclusion", TEXT);
        LocalDate on = happenedSince(command.happenedOn(), openedOn, "the review was opened");
        requireOpen();
        check(findings > 0, "A review needs at least one finding before it is closed");
        apply(new LearningReviewClosed(learningReviewId, conclusion, on));
    }

    private void requireOpen() {
        check(!closed, "The review is closed");
    }

    @EventSourcingHandler
    void on(LearningReviewOpened event) {
        learningReviewId = event.learningReviewId();
        recordTime = event.recordTime();
        openedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(ItemPinned event) {
        pinned.add(event.item());
    }

    @EventSourcingHandler
    void on(FindingWritten event) {
        findings = event.number();
    }

    @EventSourcingHandler
    void on(LearningReviewClosed event) {
        closed = true;
    }
}
