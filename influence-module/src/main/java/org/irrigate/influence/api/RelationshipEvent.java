package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.SealedNote;
import org.irrigate.core.api.Subjects;

/** What happened to a relationship between two parties; every event names both, so each party's timeline shows it. */
public sealed interface RelationshipEvent extends InfluenceEvent {
    RelationshipId relationshipId();

    Party first();

    Party second();

    @Override
    default Subjects subjects() {
        return EventSubjects.of(first(), second());
    }

    /** The relationship exists; its first assessment follows as a {@link RelationshipAssessed}. */
    @Revision("1")
    record RelationshipRecorded(RelationshipId relationshipId, Party first, Party second, RoleDependency dependsOn,
                                LocalDate happenedOn) implements RelationshipEvent {
        @Override
        public Subjects subjects() {
            Subjects parties = EventSubjects.of(first, second);
            return dependsOn == null ? parties : parties.withPeople(dependsOn.personId());
        }

        @Override
        public String summary() {
            return "Recorded a relationship";
        }
    }

    @Revision("1")
    record RelationshipAssessed(RelationshipId relationshipId, Party first, Party second, Strength strength,
                                String trustNote, List<ConversationId> evidence, LocalDate happenedOn)
            implements RelationshipEvent {
        @Override
        public String summary() {
            return "Assessed a relationship as " + strength.label()
                    + (evidence.isEmpty() ? "" : " (" + evidence.size() + " conversations as evidence)");
        }
    }

    @Revision("1")
    record RelationshipDependencyRecorded(RelationshipId relationshipId, Party first, Party second,
                                          RoleDependency dependsOn, LocalDate happenedOn)
            implements RelationshipEvent {
        @Override
        public Subjects subjects() {
            return EventSubjects.of(first, second).withPeople(dependsOn.personId());
        }

        @Override
        public String summary() {
            return "Recorded the role a relationship depends on";
        }
    }

    /**
     * Key-person risk: a role the relationship depended on has ended. Raised by policy, never typed in. At risk from
     * {@code happenedOn}: the day the role ended, or the day the relationship was recorded if that was later.
     */
    @Revision("1")
    record RelationshipFlaggedAtRisk(RelationshipId relationshipId, Party first, Party second,
                                     RoleDependency endedRole, LocalDate roleEndedOn, LocalDate happenedOn)
            implements RelationshipEvent {
        @Override
        public Subjects subjects() {
            return EventSubjects.of(first, second).withPeople(endedRole.personId());
        }

        @Override
        public String summary() {
            return "Relationship at risk: a role it depended on has ended";
        }
    }

    @Revision("1")
    record RelationshipRiskResolved(RelationshipId relationshipId, Party first, Party second, String reason,
                                    LocalDate happenedOn) implements RelationshipEvent {
        @Override
        public String summary() {
            return "Relationship no longer at risk: " + reason;
        }
    }

    /** A note about the person on one side, sealed with that person's key; the summary never repeats it. */
    @Revision("1")
    record PartyNoteAdded(RelationshipId relationshipId, Party first, Party second, PersonId personId,
                          SealedNote note, LocalDate happenedOn) implements RelationshipEvent {
        @Override
        public String summary() {
            return "Added a sealed note about a person in a relationship";
        }
    }
}
