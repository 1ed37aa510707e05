package org.irrigate.evidence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReview;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReviews;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.EvidenceView.ResolvedItem;
import org.irrigate.evidence.api.EvidenceView.ReviewPack;
import org.irrigate.evidence.api.LearningReviewCommand.CloseLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.OpenLearningReview;
import org.irrigate.evidence.api.LearningReviewCommand.PinItem;
import org.irrigate.evidence.api.LearningReviewCommand.WriteFinding;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewOpened;
import org.irrigate.evidence.api.ReviewScope;
import org.irrigate.evidence.api.TimelineItem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Learning reviews", description = "Questions asked of the history as known at a record time, with "
        + "pinned items, findings and exportable review packs")
@RestController
@RequestMapping(LearningReviewController.PATH)
class LearningReviewController {
    static final String PATH = "/api/evidence/reviews";
    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceReferences references;
    private final ReviewPacks packs;
    private final Clock clock;

    LearningReviewController(CommandGateway commands, QueryGateway queries, EvidenceReferences references,
                             ReviewPacks packs, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
        this.packs = packs;
        this.clock = clock;
    }

    /** {@code recordTime} defaults to now: the review looks at everything recorded so far, and only that. */
    record OpenRequest(String question, DateRange period, ReviewScope scope, Instant recordTime,
                       LocalDate happenedOn) {
    }

    record PinRequest(TimelineItem item, String why, LocalDate happenedOn) {
    }

    record FindingRequest(String text, List<TimelineItem> restsOn, LocalDate happenedOn) {
    }

    record CloseRequest(String conclusion, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> open(@RequestBody OpenRequest request) {
        Instant now = clock.instant();
        Instant recordTime = request.recordTime() == null ? now : request.recordTime();
        InvalidInputException.require(!recordTime.isAfter(now), "recordTime",
                "must not be in the future: a review looks at what has been recorded");
        if (request.scope() != null) {
            references.organisations(request.scope().organisations());
            references.places(request.scope().places());
        }
        LearningReviewId id = LearningReviewId.random();
        commands.sendAndWait(new OpenLearningReview(id, request.question(), request.period(), request.scope(),
                recordTime, orToday(request.happenedOn())));
        return Created.at(PATH, "learningReviewId", id);
    }

    /** Pins an item with the time the network first recorded it, read from the event store. */
    @PostMapping("/{id}/pins")
    ResponseEntity<Void> pin(@PathVariable String id, @RequestBody PinRequest request) {
        LearningReviewId reviewId = existing(id);
        ResolvedItem known = references.known(InvalidInputException.requirePresent(request.item(), "item"));
        commands.sendAndWait(new PinItem(reviewId, request.item(), request.why(), known.firstRecordedAt(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/findings")
    ResponseEntity<Void> writeFinding(@PathVariable String id, @RequestBody FindingRequest request) {
        commands.sendAndWait(new WriteFinding(existing(id), request.text(), request.restsOn(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody CloseRequest request) {
        commands.sendAndWait(new CloseLearningReview(existing(id), request.conclusion(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @GetMapping
    List<LearningReviewView> list() {
        return QueryAnswers.list(queries, new FindLearningReviews(), LearningReviewView.class);
    }

    @GetMapping("/{id}")
    LearningReviewView get(@PathVariable String id) {
        LearningReviewId reviewId = LearningReviewId.of(id);
        return QueryAnswers.one(queries, new FindLearningReview(reviewId), LearningReviewView.class,
                "Learning review", reviewId);
    }

    /** The review pack as JSON: findings, pinned items resolved at the review's record time, and their events. */
    @GetMapping("/{id}/pack")
    ReviewPack pack(@PathVariable String id) {
        return packs.pack(LearningReviewId.of(id));
    }

    @GetMapping(value = "/{id}/pack.md", produces = "text/markdown")
    ResponseEntity<String> markdown(@PathVariable String id) {
        LearningReviewId reviewId = LearningReviewId.of(id);
        String body = packs.markdown(packs.pack(reviewId));
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("learning-review-" + reviewId + ".md").build().toString())
                .body(body);
    }

    private LearningReviewId existing(String id) {
        LearningReviewId reviewId = LearningReviewId.of(id);
        references.first(reviewId, LearningReviewOpened.class, "Learning review");
        return reviewId;
    }
}
