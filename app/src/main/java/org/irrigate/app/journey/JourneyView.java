package org.irrigate.app.journey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Strength;

/** What the journeys API answers: records only, ordered deterministically so exports are byte-identical. */
public interface JourneyView {

    /** An organisation or a person by id and current name ("erased person" once erased). */
    record Ref(UUID id, String name) {
        static final Comparator<Ref> ORDER = Comparator.comparing(Ref::name).thenComparing(Ref::id);
    }

    record RoleAt(Ref organisation, String title, LocalDate from, LocalDate to) {
    }

    /** The decision a journey leads to: a bid's decision, or an award (with its bid's decision when it had one). */
    record DecisionSummary(String kind, UUID id, UUID bidId, List<UUID> awardIds, String title, Ref funder,
                           Ref decisionMaker, DecisionOutcome outcome, long amountPence, LocalDate decidedOn,
                           LocalDate awardedOn, List<Ref> decidedBy) {
    }

    /** @param followed false for a withdrawn claim: listed, but nothing behind it counts */
    record ClaimLink(UUID claimId, String about, String workKind, UUID workId, String work,
                     ContributionStrength strength, ClaimStatus status, String statusReason, String rationale,
                     Ref claimedBy, LocalDate claimedOn, boolean followed) {
    }

    record Participant(Ref person, List<RoleAt> roles) {
    }

    /** @param via how the journey reaches it: "claim", "advocacy step 2", "relationship evidence", "follow-up" */
    record ConversationLink(UUID conversationId, LocalDate happenedOn, String topic, String channel, Ref loggedBy,
                            boolean privateConversation, List<Ref> organisations, List<Participant> people,
                            List<String> asks, int corrections, List<String> via) {
    }

    record StepLink(int number, StepKind kind, String description, LocalDate happenedOn, List<UUID> conversations) {
    }

    /** @param via CLAIMED (a claim names it) or TRIED (it worked on the deciding body through journey conversations) */
    record AdvocacyLink(UUID advocacyActionId, String via, String ask, String decisionAtStake, Ref target,
                        List<Ref> advocates, List<Ref> targetPeople, List<StepLink> steps, ResponseKind response,
                        String responseNote, OutcomeResult outcome, String outcomeNote) {
    }

    record StrengthAt(Strength strength, LocalDate on) {
    }

    record RelationshipLink(UUID relationshipId, Ref first, Ref second, Strength strength, List<StrengthAt> history,
                            Ref dependsOn, LocalDate atRiskFrom, List<UUID> evidence) {
    }

    record SeatLink(UUID representationId, Ref person, Ref organisation, Ref body, String seat, LocalDate from,
                    LocalDate to) {
    }

    /** A person who carried the journey; {@code atDecidingBody}: they held a role at the deciding body or funder. */
    record Carrier(Ref person, List<RoleAt> roles, int conversations, boolean atDecidingBody, boolean roleEnded) {
    }

    record LeadTime(LocalDate firstConversationOn, LocalDate decidedOn, Long days) {
    }

    /** At risk when every person linking the journey into the deciding body or funder has left their role there. */
    record KeyPersonRisk(boolean atRisk, String explanation, List<Ref> links, List<UUID> relationshipsAtRisk) {
    }

    record Journey(Moment moment, DecisionSummary decision, List<ClaimLink> claims, List<AdvocacyLink> advocacy,
                   List<ConversationLink> conversations, List<RelationshipLink> relationships, List<SeatLink> seats,
                   List<Carrier> people, LeadTime leadTime, KeyPersonRisk keyPersonRisk) {
    }

    /** One thing a conversation or relationship led to, by which claim, and the path from the start to it. */
    record LedTo(DecisionSummary decision, UUID claimId, ClaimStatus status, ContributionStrength strength,
                 List<String> path) {
    }

    record TippingPointRef(UUID tippingPointId, LocalDate happenedOn, String whatChanged) {
    }

    record Forward(Moment moment, String fromKind, UUID fromId, String label, List<LedTo> ledTo,
                   List<UUID> followUpConversations, List<TippingPointRef> tippingPoints) {
    }
}
