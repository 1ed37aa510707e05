package org.irrigate.funding.api;

import java.util.UUID;
import java.util.stream.Stream;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;

/**
 * The piece of influence work a contribution claim is about: exactly one of a conversation, an advocacy action, a
 * relationship or a representation, by its shared-kernel id (the influence module owns the records themselves).
 */
public record ContributingWork(ConversationId conversationId, AdvocacyActionId advocacyActionId,
                               RelationshipId relationshipId, RepresentationId representationId) {

    public enum Kind { CONVERSATION, ADVOCACY_ACTION, RELATIONSHIP, REPRESENTATION }

    public static ContributingWork of(ConversationId id) {
        return new ContributingWork(id, null, null, null);
    }

    public static ContributingWork of(AdvocacyActionId id) {
        return new ContributingWork(null, id, null, null);
    }

    public static ContributingWork of(RelationshipId id) {
        return new ContributingWork(null, null, id, null);
    }

    public static ContributingWork of(RepresentationId id) {
        return new ContributingWork(null, null, null, id);
    }

    /** How many of the four ids are given; a valid reference names exactly one. */
    public long named() {
        return Stream.of(conversationId, advocacyActionId, relationshipId, representationId)
                .filter(java.util.Objects::nonNull).count();
    }

    /** Which kind of work is named; null unless exactly one id is given. */
    public Kind kind() {
        if (named() != 1) {
            return null;
        }
        if (conversationId != null) {
            return Kind.CONVERSATION;
        }
        if (advocacyActionId != null) {
            return Kind.ADVOCACY_ACTION;
        }
        return relationshipId != null ? Kind.RELATIONSHIP : Kind.REPRESENTATION;
    }

    /** The named id (the event store's aggregate identifier of the work). */
    public Object id() {
        return switch (kind()) {
            case CONVERSATION -> conversationId;
            case ADVOCACY_ACTION -> advocacyActionId;
            case RELATIONSHIP -> relationshipId;
            case REPRESENTATION -> representationId;
            case null -> null;
        };
    }

    public UUID uuid() {
        Object id = id();
        return id == null ? null : UUID.fromString(id.toString());
    }

    public String describe() {
        return kind() == null ? "unnamed work" : kind().name().toLowerCase().replace('_', ' ');
    }
}
