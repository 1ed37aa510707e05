package org.irrigate.evidence.reflection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.evidence.rules.EvidenceRules.NOTES;
import static org.irrigate.evidence.rules.EvidenceRules.SHORT_TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TITLE;
import static org.irrigate.evidence.rules.EvidenceRules.areas;
import static org.irrigate.evidence.rules.EvidenceRules.entries;
import static org.irrigate.evidence.rules.EvidenceRules.happened;
import static org.irrigate.evidence.rules.EvidenceRules.happenedSince;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionCommand.AddLearningPoint;
import org.irrigate.evidence.api.ReflectionCommand.AmendReflectionNotes;
import org.irrigate.evidence.api.ReflectionCommand.RecordReflection;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionNotesAmended;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;

/** A reflection session or interview: who took part, the notes, and the learning points numbered as they come. */
@Aggregate
public class Reflection {
    static final int LEARNING_POINT = 2000;

    @AggregateIdentifier
    private ReflectionId reflectionId;
    private LocalDate heldOn;
    private String notes;
    private int learningPoints;

    protected Reflection() {
        // for Axon
    }

    @CommandHandler
    public Reflection(RecordReflection command) {
        requirePresent(command.kind(), "kind");
        String title = requireText(command.title(), "title", TITLE);
        Participants participants = requirePresent(command.participants(), "participants");
        require(!participants.isEmpty(), "participants", "must name at least one organisation or person");
        String text = requireText(command.notes(), "notes", NOTES);
        apply(new ReflectionRecorded(command.reflectionId(), command.kind(), title, participants, text,
                happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(AmendReflectionNotes command) {
        String text = requireText(command.notes(), "notes", NOTES);
        String reason = requireText(command.reason(), "reason", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), heldOn, "the session");
        check(!text.equals(notes), "The notes already say this");
        apply(new ReflectionNotesAmended(reflectionId, text, reason, on));
    }

    @CommandHandler
    void handle(AddLearningPoint command) {
        String text = requireText(command.text(), "text", LEARNING_POINT);
        var tags = areas(command.areas(), "areas");
        var items = entries(command.items(), "items");
        LocalDate on = happenedSince(command.happenedOn(), heldOn, "the session");
        apply(new LearningPointAdded(reflectionId, learningPoints + 1, text, tags, items, on));
    }

    @EventSourcingHandler
    void on(ReflectionRecorded event) {
        reflectionId = event.reflectionId();
        heldOn = event.happenedOn();
        notes = event.notes();
    }

    @EventSourcingHandler
    void on(ReflectionNotesAmended event) {
        notes = event.notes();
    }

    @EventSourcingHandler
    void on(LearningPointAdded event) {
        learningPoints = event.number();
    }
}
