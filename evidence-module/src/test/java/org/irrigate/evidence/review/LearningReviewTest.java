package org.irrigate.evidence.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.ReflectionId;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearningReviewTest {
    static final LearningReviewId ID = LearningReviewId.random();
    static final LocalDate OPENED = LocalDate.of(2024, 7, 15);
    static final Instant RECORD_TIME = Instant.parse("2024-07-17T10:00:00Z");
    static final DateRange PERIOD = new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 3, 31));
    static final ReviewScope SCOPE = new ReviewScope(List.of(OrganisationId.random()), List.of(), List.of());
    static final String QUESTION = "What led to the Stroud hubs funding?";
    static final LearningReviewOpened OPEN = new LearningReviewOpened(ID, QUESTION, PERIOD, SCOPE, RECORD_TIME, OPENED);
    static final TimelineItem AWARD = TimelineItem.of(AwardId.random());
    static final TimelineItem REFLECTION = TimelineItem.of(ReflectionId.random());
    static final ItemPinned AWARD_PINNED = new ItemPinned(ID, AWARD, "The money", Instant.parse("2023-02-03T10:00:00Z"),
            OPENED);
    static final FindingWritten FINDING = new FindingWritten(ID, 1, "Convening built confidence", List.of(AWARD),
            OPENED);

    AggregateTestFixture<LearningReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LearningReview.class);
    }

    @Test
    void aResearcherOpensAReviewAtARecordTime() {
        fixture.givenNoPriorActivity()
                .when(new OpenLearningReview(ID, QUESTION, PERIOD, SCOPE, RECORD_TIME, OPENED))
                .expectEvents(OPEN);
        fixture.givenNoPriorActivity()
                .when(new OpenLearningReview(ID, QUESTION, PERIOD, null, RECORD_TIME, OPENED))
                .expectEvents(new LearningReviewOpened(ID, QUESTION, PERIOD, ReviewScope.WHOLE_NETWORK, RECORD_TIME,
                        OPENED));
    }

    @Test
    void aReviewNeedsAQuestionAPeriodARecordTimeAndADate() {
        for (OpenLearningReview bad : List.of(new OpenLearningReview(ID, " ", PERIOD, SCOPE, RECORD_TIME, OPENED),
                new OpenLearningReview(ID, QUESTION, null, SCOPE, RECORD_TIME, OPENED),
                new OpenLearningReview(ID, QUESTION, PERIOD, SCOPE, null, OPENED),
                new OpenLearningReview(ID, QUESTION, PERIOD, SCOPE, RECORD_TIME, null))) {
            fixture.givenNoPriorActivity().when(bad).expectException(InvalidInputException.class).expectNoEvents();
        }
    }

    @Test
    void thePeriodStartsBeforeTheReviewAndItsRecordTime() {
        fixture.givenNoPriorActivity()
                .when(new OpenLearningReview(ID, QUESTION, DateRange.openFrom(OPENED.plusDays(1)), SCOPE, RECORD_TIME,
                        OPENED))
                .expectException(InvalidInputException.class).expectExceptionMessage("must not start after the review is opened");
        fixture.givenNoPriorActivity()
                .when(new OpenLearningReview(ID, QUESTION, PERIOD, SCOPE, Instant.parse("2021-12-31T23:59:59Z"), OPENED))
                .expectException(InvalidInputException.class);
    }

    @Test
    void pinsAnItemRecordedByTheRecordTime() {
        fixture.given(OPEN)
                .when(new PinItem(ID, AWARD, " The money ", AWARD_PINNED.itemRecordedAt(), OPENED))
                .expectEvents(AWARD_PINNED);
        fixture.given(OPEN)
                .when(new PinItem(ID, REFLECTION, null, RECORD_TIME, OPENED))
                .expectEvents(new ItemPinned(ID, REFLECTION, null, RECORD_TIME, OPENED));
    }

    @Test
    void anItemRecordedAfterTheRecordTimeIsNotPartOfTheReview() {
        fixture.given(OPEN)
                .when(new PinItem(ID, AWARD, null, RECORD_TIME.plusSeconds(1), OPENED))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void aPinNeedsAnItemItsRecordTimeAndADateAndHappensOnce() {
        fixture.given(OPEN).when(new PinItem(ID, null, null, RECORD_TIME, OPENED))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN).when(new PinItem(ID, AWARD, null, null, OPENED))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN).when(new PinItem(ID, AWARD, null, RECORD_TIME, OPENED.minusDays(1)))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN, AWARD_PINNED).when(new PinItem(ID, AWARD, "again", RECORD_TIME, OPENED))
                .expectException(ConflictException.class);
    }

    @Test
    void writesNumberedFindingsOnPinnedItems() {
        fixture.given(OPEN, AWARD_PINNED)
                .when(new WriteFinding(ID, "Convening built confidence", List.of(AWARD, AWARD), OPENED))
                .expectEvents(FINDING);
        fixture.given(OPEN, AWARD_PINNED, FINDING)
                .when(new WriteFinding(ID, "Policy adoption enabled it", List.of(AWARD), OPENED))
                .expectEvents(new FindingWritten(ID, 2, "Policy adoption enabled it", List.of(AWARD), OPENED));
    }

    @Test
    void aFindingRestsOnPinnedItemsOnly() {
        fixture.given(OPEN, AWARD_PINNED).when(new WriteFinding(ID, "x", List.of(REFLECTION), OPENED))
                .expectException(InvalidInputException.class).expectExceptionMessage(
                        "names " + REFLECTION + ", which is not pinned to this review");
        fixture.given(OPEN, AWARD_PINNED).when(new WriteFinding(ID, "x", List.of(), OPENED))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN, AWARD_PINNED).when(new WriteFinding(ID, " ", List.of(AWARD), OPENED))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN, AWARD_PINNED).when(new WriteFinding(ID, "x", List.of(AWARD), OPENED.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void closesWithAConclusionOnceThereAreFindings() {
        LearningReviewClosed closed = new LearningReviewClosed(ID, "Convening and policy", OPENED);
        fixture.given(OPEN, AWARD_PINNED, FINDING).when(new CloseLearningReview(ID, "Convening and policy", OPENED))
                .expectEvents(closed);
        fixture.given(OPEN).when(new CloseLearningReview(ID, "Nothing yet", OPENED))
                .expectException(ConflictException.class);
        fixture.given(OPEN, AWARD_PINNED, FINDING).when(new CloseLearningReview(ID, " ", OPENED))
                .expectException(InvalidInputException.class);
        fixture.given(OPEN, AWARD_PINNED, FINDING).when(new CloseLearningReview(ID, "c", OPENED.minusDays(1)))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aClosedReviewTakesNoMorePinsFindingsOrClosing() {
        LearningReviewClosed closed = new LearningReviewClosed(ID, "Done", OPENED);
        fixture.given(OPEN, AWARD_PINNED, FINDING, closed).when(new PinItem(ID, REFLECTION, null, RECORD_TIME, OPENED))
                .expectException(ConflictException.class);
        fixture.given(OPEN, AWARD_PINNED, FINDING, closed).when(new WriteFinding(ID, "x", List.of(AWARD), OPENED))
                .expectException(ConflictException.class);
        fixture.given(OPEN, AWARD_PINNED, FINDING, closed).when(new CloseLearningReview(ID, "again", OPENED))
                .expectException(ConflictException.class);
    }
}
