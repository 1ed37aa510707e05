package org.irrigate.evidence.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.core.api.TippingPointId;

/**
 * A reference to something on the timeline: one event by its event identifier, or an aggregate (a conversation, an
 * award, a case study...) by its typed id, meaning everything recorded about it. Evidence holds these references
 * rather than copies, so a learning review can later show exactly what was known about them at its record time.
 */
public record TimelineItem(TimelineItemKind kind, String reference) {
    public TimelineItem {
        InvalidInputException.requirePresent(kind, "kind");
        reference = kind.canonical(reference);
    }

    public static TimelineItem event(String eventIdentifier) {
        return new TimelineItem(TimelineItemKind.EVENT, eventIdentifier);
    }

    /** The item for an aggregate's typed id from the shared kernel. */
    public static TimelineItem of(Object typedId) {
        TimelineItemKind kind = switch (typedId) {
            case OrganisationId ignored -> TimelineItemKind.ORGANISATION;
            case PersonId ignored -> TimelineItemKind.PERSON;
            case PlaceCode ignored -> TimelineItemKind.PLACE;
            case ConversationId ignored -> TimelineItemKind.CONVERSATION;
            case RelationshipId ignored -> TimelineItemKind.RELATIONSHIP;
            case RepresentationId ignored -> TimelineItemKind.REPRESENTATION;
            case AdvocacyActionId ignored -> TimelineItemKind.ADVOCACY_ACTION;
            case TippingPointId ignored -> TimelineItemKind.TIPPING_POINT;
            case FundingOpportunityId ignored -> TimelineItemKind.FUNDING_OPPORTUNITY;
            case BidId ignored -> TimelineItemKind.BID;
            case AwardId ignored -> TimelineItemKind.AWARD;
            case ContributionClaimId ignored -> TimelineItemKind.CONTRIBUTION_CLAIM;
            case TheoryOfChangeId ignored -> TimelineItemKind.THEORY_OF_CHANGE;
            case CaseStudyId ignored -> TimelineItemKind.CASE_STUDY;
            case ReflectionId ignored -> TimelineItemKind.REFLECTION;
            case HarvestedOutcomeId ignored -> TimelineItemKind.HARVESTED_OUTCOME;
            case LearningReviewId ignored -> TimelineItemKind.LEARNING_REVIEW;
            default -> throw new IllegalArgumentException("Not a typed id of the shared kernel: " + typedId);
        };
        return new TimelineItem(kind, typedId.toString());
    }

    @JsonIgnore
    public boolean isEvent() {
        return kind == TimelineItemKind.EVENT;
    }

    @Override
    public String toString() {
        return kind + " " + reference;
    }
}
