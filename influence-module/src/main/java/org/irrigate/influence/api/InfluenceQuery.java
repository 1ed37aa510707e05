package org.irrigate.influence.api;

import java.time.LocalDate;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.core.api.Viewer;

/**
 * Questions the influence read models answer. The viewer travels with every query that can reach a conversation:
 * a private conversation is answered only to its partner's users and the coordinator.
 */
public final class InfluenceQuery {
    private InfluenceQuery() {
    }

    /**
     * The conversation log, narrowed by any of: an organisation (taking part or logging), a person taking part, a
     * place, words in the topic, an outcome area, words anywhere in topic, summary or asks (case-insensitive), and
     * the days it happened between.
     */
    public record FindConversations(OrganisationId organisation, PersonId person, PlaceCode place, String topic,
                                    OutcomeArea outcomeArea, String text, LocalDate from, LocalDate to,
                                    boolean includeRetracted, Viewer viewer) {
    }

    public record FindConversation(ConversationId conversationId, Viewer viewer) {
    }

    /** Every sealed note about a person the viewer may see, in conversations and relationships (subject access). */
    public record FindNotesAboutPerson(PersonId personId, Viewer viewer) {
    }

    /** Follow-ups as they stand on {@code asOf}; a null status means all, a null owner anyone's. */
    public record FindFollowUps(FollowUpStatus status, Party owner, LocalDate asOf, Viewer viewer) {
    }

    /** Nodes and edges of the relationship map, optionally only around one organisation or only those at risk. */
    public record FindRelationshipMap(OrganisationId organisation, boolean atRiskOnly, Viewer viewer) {
    }

    public record FindRelationship(RelationshipId relationshipId, Viewer viewer) {
    }

    /** Advocacy actions by status; narrowed to those an organisation leads or is targeted by. */
    public record FindAdvocacyBoard(OrganisationId organisation, Viewer viewer) {
    }

    public record FindAdvocacyAction(AdvocacyActionId advocacyActionId, Viewer viewer) {
    }

    /** The representation register; {@code on} keeps only seats held that day. */
    public record FindRepresentations(OrganisationId body, OrganisationId organisation, PersonId person,
                                      LocalDate on) {
    }

    public record FindRepresentation(RepresentationId representationId) {
    }

    public record FindTippingPoints(OrganisationId organisation, boolean includeRetracted, Viewer viewer) {
    }

    public record FindTippingPoint(TippingPointId tippingPointId, Viewer viewer) {
    }
}
