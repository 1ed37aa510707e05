package org.irrigate.app.deadletter;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.core.api.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events a projection could not handle: see them, and retry them once the cause is fixed. */
@Tag(name = "Dead letters", description = "Admin only: events a projection failed on, parked so processing went on")
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {
    private final EventProcessingConfiguration processing;
    private final ProjectionControl projections;

    DeadLetterController(EventProcessingConfiguration processing, ProjectionControl projections) {
        this.processing = processing;
        this.projections = projections;
    }

    record Letter(String projection, String eventId, String eventType, String cause, Instant enqueuedAt,
                  Instant lastTouched) {
    }

    record Retried(String projection, int sequencesRetried, long stillParked) {
    }

    @GetMapping
    List<Letter> list() {
        List<Letter> letters = new ArrayList<>();
        for (String name : projections.names()) {
            processing.deadLetterQueue(name).ifPresent(queue -> queue.deadLetters().forEach(sequence ->
                    sequence.forEach(letter -> letters.add(letter(name, letter)))));
        }
        return letters;
    }

    @PostMapping("/{projection}/retry")
    Retried retry(@PathVariable String projection) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> new NotFoundException("Dead-letter queue of projection", projection));
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(projection).orElseThrow();
        int retried = 0;
        // Each pass takes one sequence; a sequence that fails again goes back to the queue, so stop after one round.
        long parked = queue.amountOfSequences();
        for (long i = 0; i < parked; i++) {
            if (processor.processAny()) {
                retried++;
            }
        }
        return new Retried(projection, retried, queue.amountOfSequences());
    }

    private static Letter letter(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        return new Letter(projection, message.getIdentifier(), message.getPayloadType().getSimpleName(),
                letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
