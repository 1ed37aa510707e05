package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.RoleId;
import org.irrigate.core.api.TippingPointId;

/** Read-side views of the influence module. Links to conversations a viewer may not see are left out. */
public final class InfluenceView {
    private InfluenceView() {
    }

    public record ConversationView(ConversationId conversationId, OrganisationId loggedBy, LocalDate happenedOn,
                                   List<Party> participants, PlaceCode place, Channel channel, String topic,
                                   String summary, List<String> asks, List<OutcomeArea> outcomeAreas,
                                   Visibility visibility, List<FollowUpView> followUps,
                                   List<ConversationId> followUpConversations, int corrections,
                                   String lastCorrectionReason, boolean retracted, String retractionReason,
                                   List<PersonNoteView> personNotes) {
    }

    /**
     * A sealed note about a person, opened with their key; once the person is erased the note reads
     * {@link #ERASED} and {@code erased} is true.
     */
    public record PersonNoteView(PersonId personId, LocalDate happenedOn, String note, boolean erased) {
        public static final String ERASED = org.irrigate.core.api.NetworkView.PersonView.ERASED;
    }

    /** A note about a person with the record it was written in: {@code recordType} "conversation" or "relationship". */
    public record NoteAboutPerson(String recordType, java.util.UUID recordId, PersonNoteView note) {
    }

    public record FollowUpView(ConversationId conversationId, String conversationTopic, OrganisationId loggedBy,
                               int number, String action, Party owner, LocalDate dueOn, FollowUpStatus status,
                               LocalDate completedOn, OrganisationId completedBy, String completionNote) {
    }

    /** Relationship map data: every party once as a node, every relationship as an edge with its history. */
    public record RelationshipMap(List<MapNode> nodes, List<RelationshipView> edges) {
    }

    /** A party with its name from the directory, as the directory shows it (an erased person's is erased). */
    public record MapNode(Party party, String name) {
    }

    public record RelationshipView(RelationshipId relationshipId, Party first, Party second, LocalDate recordedOn,
                                   Strength strength, LocalDate assessedOn, String trustNote, boolean atRisk,
                                   LocalDate atRiskSince, List<AssessmentView> history,
                                   List<DependencyView> dependencies, List<RiskView> risks,
                                   List<PersonNoteView> personNotes) {
    }

    public record AssessmentView(LocalDate assessedOn, Strength strength, String trustNote,
                                 List<ConversationId> evidence) {
    }

    public record DependencyView(PersonId personId, RoleId roleId, LocalDate recordedOn, LocalDate roleEndedOn) {
    }

    /** A flag raised ({@code atRisk}) because {@code endedRole} ended, or cleared with a reason. */
    public record RiskView(LocalDate happenedOn, boolean atRisk, RoleDependency endedRole, String reason) {
    }

    public record AdvocacyBoard(List<AdvocacyColumn> columns) {
    }

    public record AdvocacyColumn(AdvocacyStatus status, List<AdvocacyActionView> actions) {
    }

    public record AdvocacyActionView(AdvocacyActionId advocacyActionId, String ask, String decisionAtStake,
                                     List<OrganisationId> advocates, OrganisationId targetOrganisation,
                                     List<PersonId> targetPeople, LocalDate startedOn, AdvocacyStatus status,
                                     List<StepView> steps, List<ResponseView> responses, List<OutcomeView> outcomes,
                                     List<LifecycleView> lifecycle) {
    }

    public record StepView(int number, StepKind kind, String description, List<ConversationId> conversations,
                           LocalDate happenedOn) {
    }

    public record ResponseView(ResponseKind response, String description, LocalDate happenedOn) {
    }

    public record OutcomeView(OutcomeResult result, String description, LocalDate happenedOn) {
    }

    /** A closing ({@code closed}) or reopening of the action, with its reason. */
    public record LifecycleView(boolean closed, String reason, LocalDate happenedOn) {
    }

    public record RepresentationView(RepresentationId representationId, PersonId personId, String personName,
                                     OrganisationId organisationId, String organisationName, OrganisationId bodyId,
                                     String bodyName, String seat, LocalDate from, LocalDate to, String endReason) {
    }

    public record TippingPointView(TippingPointId tippingPointId, LocalDate happenedOn, String whatChanged,
                                   String before, String after, List<OrganisationId> organisations, PlaceCode place,
                                   List<ConversationId> conversations, List<AdvocacyActionId> advocacyActions,
                                   boolean retracted, String retractionReason) {
    }
}
