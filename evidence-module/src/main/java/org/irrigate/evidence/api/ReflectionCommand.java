package org.irrigate.evidence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.ReflectionId;

/** What can be asked of a reflection session or interview. */
public sealed interface ReflectionCommand {
    ReflectionId reflectionId();

    record RecordReflection(@TargetAggregateIdentifier ReflectionId reflectionId, ReflectionKind kind, String title,
                            Participants participants, String notes, LocalDate happenedOn)
            implements ReflectionCommand {
    }

    /** A correction of the notes; the earlier notes stay in the history. */
    record AmendReflectionNotes(@TargetAggregateIdentifier ReflectionId reflectionId, String notes, String reason,
                                LocalDate happenedOn) implements ReflectionCommand {
    }

    /** Something learnt, tagged to outcome areas and linked to the timeline items it is about. */
    record AddLearningPoint(@TargetAggregateIdentifier ReflectionId reflectionId, String text,
                            List<OutcomeArea> areas, List<TimelineItem> items, LocalDate happenedOn)
            implements ReflectionCommand {
    }
}
