package org.irrigate.influence.relationship;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RoleId;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AddPartyNote;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.FlagRelationshipAtRisk;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationshipDependency;
import org.irrigate.influence.api.RelationshipCommand.ResolveRelationshipRisk;
import org.irrigate.influence.api.RelationshipEvent.PartyNoteAdded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.support.Rules;

/**
 * A relationship between two parties, assessed over time. It remembers which people's roles it relies on, so when
 * one ends (officer turnover) it can be flagged at risk without anyone re-entering anything.
 */
@Aggregate
public class Relationship {
    static final int TRUST_NOTE_LENGTH = 2000;
    static final int MAX_EVIDENCE = 50;
    static final int NOTE_LENGTH = 1000;

    @AggregateIdentifier
    private RelationshipId relationshipId;
    private Party first;
    private Party second;
    private LocalDate recordedOn;
    private final Map<RoleId, RoleDependency> dependencies = new HashMap<>();
    private final Set<RoleId> flaggedRoles = new HashSet<>();
    private boolean atRisk;

    protected Relationship() {
        // for Axon
    }

    private record Assessment(Strength strength, String trustNote, List<ConversationId> evidence) {
        static Assessment of(Strength strength, String trustNote, List<ConversationId> evidence) {
            return new Assessment(requirePresent(strength, "strength"),
                    Rules.optionalText(trustNote, "trustNote", TRUST_NOTE_LENGTH),
                    Rules.distinct(evidence, "evidence", MAX_EVIDENCE));
        }
    }

    @CommandHandler
    public Relationship(RecordRelationship command) {
        Party a = requirePresent(command.first(), "first");
        Party b = requirePresent(command.second(), "second");
        require(!a.equals(b), "second", "must be a different party from first");
        Assessment assessment = Assessment.of(command.strength(), command.trustNote(), command.evidence());
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        apply(new RelationshipRecorded(command.relationshipId(), a, b, command.dependsOn(), on));
        apply(new RelationshipAssessed(command.relationshipId(), a, b, assessment.strength(), assessment.trustNote(),
                assessment.evidence(), on));
    }

    @CommandHandler
    void handle(AssessRelationship command) {
        Assessment assessment = Assessment.of(command.strength(), command.trustNote(), command.evidence());
        LocalDate on = Rules.notBefore(command.happenedOn(), recordedOn, "the relationship was recorded");
        apply(new RelationshipAssessed(relationshipId, first, second, assessment.strength(), assessment.trustNote(),
                assessment.evidence(), on));
    }

    @CommandHandler
    void handle(RecordRelationshipDependency command) {
        RoleDependency dependency = requirePresent(command.dependsOn(), "dependsOn");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(!dependencies.containsKey(dependency.roleId()), "The relationship already depends on that role");
        apply(new RelationshipDependencyRecorded(relationshipId, first, second, dependency, on));
    }

    /**
     * Idempotent: the policy that sends this may see the same role ending twice (redelivery, replay), and a
     * relationship is flagged once per ended role. A relationship recorded after the role ended is at risk from
     * the day it was recorded.
     */
    @CommandHandler
    void handle(FlagRelationshipAtRisk command) {
        RoleDependency ended = requirePresent(command.endedRole(), "endedRole");
        LocalDate endedOn = requirePresent(command.roleEndedOn(), "roleEndedOn");
        check(dependencies.containsKey(ended.roleId()), "The relationship does not depend on that role");
        if (flaggedRoles.contains(ended.roleId())) {
            return;
        }
        apply(new RelationshipFlaggedAtRisk(relationshipId, first, second, ended, endedOn,
                endedOn.isBefore(recordedOn) ? recordedOn : endedOn));
    }

    @CommandHandler
    void handle(ResolveRelationshipRisk command) {
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), recordedOn, "the relationship was recorded");
        check(atRisk, "The relationship is not at risk");
        apply(new RelationshipRiskResolved(relationshipId, first, second, reason, on));
    }

    /** The note is sealed here, with the person's key: its text reaches no event, table or log in the clear. */
    @CommandHandler
    void handle(AddPartyNote command, PersonalDataVault vault) {
        PersonId person = requirePresent(command.personId(), "personId");
        String note = requireText(command.note(), "note", NOTE_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), recordedOn, "the relationship was recorded");
        require(first.equals(Party.person(person)) || second.equals(Party.person(person)), "personId",
                "must be the person on one side of the relationship");
        apply(new PartyNoteAdded(relationshipId, first, second, person, vault.sealNote(person, note), on));
    }

    @EventSourcingHandler
    void on(RelationshipRecorded event) {
        relationshipId = event.relationshipId();
        first = event.first();
        second = event.second();
        recordedOn = event.happenedOn();
        if (event.dependsOn() != null) {
            dependencies.put(event.dependsOn().roleId(), event.dependsOn());
        }
    }

    @EventSourcingHandler
    void on(RelationshipDependencyRecorded event) {
        dependencies.put(event.dependsOn().roleId(), event.dependsOn());
    }

    @EventSourcingHandler
    void on(RelationshipFlaggedAtRisk event) {
        flaggedRoles.add(event.endedRole().roleId());
        atRisk = true;
    }

    @EventSourcingHandler
    void on(RelationshipRiskResolved event) {
        atRisk = false;
    }
}
