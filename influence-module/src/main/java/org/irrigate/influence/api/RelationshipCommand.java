package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RelationshipId;

/** What can be asked of a relationship. */
public sealed interface RelationshipCommand {
    RelationshipId relationshipId();

    /** Records a relationship with its first assessment and, optionally, the role it depends on. */
    record RecordRelationship(@TargetAggregateIdentifier RelationshipId relationshipId, Party first, Party second,
                              Strength strength, String trustNote, List<ConversationId> evidence,
                              RoleDependency dependsOn, LocalDate happenedOn) implements RelationshipCommand {
    }

    record AssessRelationship(@TargetAggregateIdentifier RelationshipId relationshipId, Strength strength,
                              String trustNote, List<ConversationId> evidence, LocalDate happenedOn)
            implements RelationshipCommand {
    }

    record RecordRelationshipDependency(@TargetAggregateIdentifier RelationshipId relationshipId,
                                        RoleDependency dependsOn, LocalDate happenedOn)
            implements RelationshipCommand {
    }

    /** Sent by the key-person risk policy when a role the relationship depends on ends (or had already ended). */
    record FlagRelationshipAtRisk(@TargetAggregateIdentifier RelationshipId relationshipId, RoleDependency endedRole,
                                  LocalDate roleEndedOn) implements RelationshipCommand {
    }

    /** Someone new carries the relationship: the risk is cleared, with the reason. */
    record ResolveRelationshipRisk(@TargetAggregateIdentifier RelationshipId relationshipId, String reason,
                                   LocalDate happenedOn) implements RelationshipCommand {
    }

    /** A note about the person on one side of the relationship, sealed with that person's key. */
    record AddPartyNote(@TargetAggregateIdentifier RelationshipId relationshipId, PersonId personId, String note,
                        LocalDate happenedOn) implements RelationshipCommand {
    }
}
