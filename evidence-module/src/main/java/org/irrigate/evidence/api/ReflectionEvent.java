package org.irrigate.evidence.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.Subjects;

/** Reflection sessions and interviews, and what the network learnt in them. */
public sealed interface ReflectionEvent extends EvidenceEvent {
    ReflectionId reflectionId();

    @Override
    default Subjects subjects() {
        return Subjects.NONE;
    }

    @Revision("1")
    record ReflectionRecorded(ReflectionId reflectionId, ReflectionKind kind, String title, Participants participants,
                              String notes, LocalDate happenedOn) implements ReflectionEvent {
        @Override
        public Subjects subjects() {
            return new Subjects(Set.copyOf(participants.organisations()), Set.copyOf(participants.people()), Set.of());
        }

        @Override
        public String summary() {
            return "Recorded " + kind.name().toLowerCase().replace('_', ' ') + " '" + title + "'";
        }
    }

    @Revision("1")
    record ReflectionNotesAmended(ReflectionId reflectionId, String notes, String reason, LocalDate happenedOn)
            implements ReflectionEvent {
        @Override
        public String summary() {
            return "Amended reflection notes: " + reason;
        }
    }

    @Revision("1")
    record LearningPointAdded(ReflectionId reflectionId, int number, String text, List<OutcomeArea> areas,
                              List<TimelineItem> items, LocalDate happenedOn) implements ReflectionEvent {
        @Override
        public String summary() {
            return "Learning point " + number + ": " + Lists.abbreviate(text);
        }
    }
}
