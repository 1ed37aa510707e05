package org.irrigate.app.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingEvent;
import org.irrigate.funding.api.FundingEvent.AwardAmended;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimChallenged;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;
import org.irrigate.funding.api.Recipient;
import org.irrigate.influence.api.AdvocacyEvent;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipEvent;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RepresentationEvent;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.TippingPointEvent;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.irrigate.influence.api.TippingPointEvent.TippingPointRetracted;

/**
 * The network as one moment sees it, folded from journey facts. Facts already come filtered by record time (as known
 * on) and by what the viewer may see; the picture applies valid time (as it was on {@code asOf}): a fact counts when it
 * had happened by then. Corrections (an amended or retracted conversation, a retracted tipping point) are statements
 * about what was always true, so they count whenever they were made; a conversation counts only if its latest date
 * is on or before the day asked about.
 */
final class Picture {
    final LocalDate asOf;
    final Map<UUID, Conversation> conversations = new LinkedHashMap<>();
    final Map<UUID, Advocacy> advocacy = new LinkedHashMap<>();
    final Map<UUID, Relationship> relationships = new LinkedHashMap<>();
    final Map<UUID, Seat> seats = new LinkedHashMap<>();
    final Map<UUID, Bid> bids = new LinkedHashMap<>();
    final Map<UUID, Award> awards = new LinkedHashMap<>();
    final Map<UUID, Claim> claims = new LinkedHashMap<>();
    final Map<UUID, Role> roles = new LinkedHashMap<>();
    final Map<UUID, Marked> tippingPoints = new LinkedHashMap<>();
    final Map<UUID, String> programmes = new LinkedHashMap<>();
    /** Suggestions someone dismissed (and did not reconsider). */
    final Set<UUID> dismissed = new java.util.HashSet<>();

    private Picture(LocalDate asOf) {
        this.asOf = asOf;
    }

    // Lookups journeys make for every award, built once the fold is done (a picture never changes afterwards):
    // scanning every claim, conversation and role for each award is what made network figures quadratic.
    private final Map<UUID, List<Claim>> claimsOnAward = new HashMap<>();
    private final Map<UUID, List<Claim>> claimsOnBid = new HashMap<>();
    private final Map<UUID, List<Award>> awardsOnBid = new HashMap<>();
    private final Map<UUID, Set<UUID>> followedUpFrom = new HashMap<>();
    private final Map<OrganisationId, List<Advocacy>> advocacyAt = new HashMap<>();
    private final Map<PersonId, List<Role>> rolesOfPerson = new HashMap<>();
    private final Map<UUID, Integer> advocacyOrder = new HashMap<>();
    /** Answers computed from this picture and the other inputs named with them, by the kind of answer. */
    private final Map<Class<?>, Derived> derived = new ConcurrentHashMap<>();

    private record Derived(Object inputs, Object answer) {
    }

    /** Folds the facts {@code source} hands over one by one, as they are read. */
    static Picture of(Consumer<Consumer<Fact>> source, LocalDate asOf) {
        Picture picture = new Picture(asOf);
        source.accept(fact -> picture.apply(fact.event()));
        picture.index();
        return picture;
    }

    private void index() {
        claims.values().forEach(c -> {
            if (c.award != null) {
                claimsOnAward.computeIfAbsent(c.award, k -> new ArrayList<>()).add(c);
            }
            if (c.bid != null) {
                claimsOnBid.computeIfAbsent(c.bid, k -> new ArrayList<>()).add(c);
            }
        });
        awards.values().stream().filter(a -> a.bid != null)
                .forEach(a -> awardsOnBid.computeIfAbsent(a.bid, k -> new ArrayList<>()).add(a));
        conversations.values().forEach(c -> c.followedUpBy
                .forEach(next -> followedUpFrom.computeIfAbsent(next, k -> new LinkedHashSet<>()).add(c.id)));
        advocacy.values().forEach(a -> {
            advocacyOrder.put(a.id, advocacyOrder.size());
            advocacyAt.computeIfAbsent(a.target, k -> new ArrayList<>()).add(a);
        });
        roles.values().forEach(r -> rolesOfPerson.computeIfAbsent(r.person, k -> new ArrayList<>()).add(r));
    }

    /**
     * An answer of this kind computed from this picture and {@code inputs} (whatever else it depends on, compared by
     * value), kept with the picture: a kept picture answers many questions, and some answers cost as much as the fold.
     */
    <T> T derived(Class<T> kind, Object inputs, Supplier<T> compute) {
        Derived found = derived.get(kind);
        if (found != null && found.inputs().equals(inputs)) {
            return kind.cast(found.answer());
        }
        T answer = compute.get();
        derived.put(kind, new Derived(inputs, answer));
        return answer;
    }

    /** The claims on any of these awards or on the bid, each once (in no particular order: callers sort). */
    List<Claim> claimsOn(Set<UUID> awardIds, UUID bid) {
        Set<Claim> on = new LinkedHashSet<>();
        awardIds.forEach(a -> on.addAll(claimsOnAward.getOrDefault(a, List.of())));
        if (bid != null) {
            on.addAll(claimsOnBid.getOrDefault(bid, List.of()));
        }
        return List.copyOf(on);
    }

    /** The awards made on a bid, in the order they were recorded. */
    List<Award> awardsOn(UUID bid) {
        return awardsOnBid.getOrDefault(bid, List.of());
    }

    /** The conversations that name this one as their follow-up, in the order they were logged. */
    Set<UUID> followedUpFrom(UUID conversation) {
        return followedUpFrom.getOrDefault(conversation, Set.of());
    }

    /** Advocacy aimed at any of these organisations, in the order it was started. */
    List<Advocacy> advocacyAt(Set<OrganisationId> targets) {
        Set<Advocacy> aimed = new LinkedHashSet<>();
        targets.forEach(t -> aimed.addAll(advocacyAt.getOrDefault(t, List.of())));
        return aimed.stream().sorted(Comparator.comparingInt(a -> advocacyOrder.get(a.id))).toList();
    }

    private boolean happened(LocalDate day) {
        return asOf == null || !day.isAfter(asOf);
    }

    private void apply(NetworkEvent event) {
        // A conversation's date is whatever its latest version says, so its log counts whenever it is dated.
        boolean correction = event instanceof ConversationLogged || event instanceof ConversationAmended
                || event instanceof ConversationRetracted || event instanceof TippingPointRetracted;
        if (!correction && !happened(event.happenedOn())) {
            return;
        }
        switch (event) {
            case ConversationEvent e -> conversation(e);
            case AdvocacyEvent e -> advocacy(e);
            case RelationshipEvent e -> relationship(e);
            case RepresentationEvent e -> seat(e);
            case TippingPointEvent e -> tippingPoint(e);
            case FundingEvent e -> funding(e);
            case RoleStarted e -> roles.put(e.roleId().value(), new Role(e.personId(), e.organisationId(), e.title(),
                    e.happenedOn()));
            case RoleEnded e -> {
                Role role = roles.get(e.roleId().value());
                if (role != null) {
                    role.endedOn = e.happenedOn();
                }
            }
            case SuggestionEvent.SuggestedLinkDismissed e -> dismissed.add(e.suggestionId().value());
            case SuggestionEvent.SuggestedLinkReconsidered e -> dismissed.remove(e.suggestionId().value());
            default -> {
            }
        }
    }

    private void conversation(ConversationEvent event) {
        UUID id = event.conversationId().value();
        switch (event) {
            case ConversationLogged e -> conversations.put(id, new Conversation(id, e.loggedBy(), e.privateTo(),
                    e.happenedOn(), e.details()));
            case ConversationAmended e -> with(id, c -> {
                c.happenedOn = e.happenedOn();
                c.details = e.details();
                c.corrections++;
            });
            case ConversationRetracted e -> with(id, c -> c.retracted = e.reason());
            case FollowUpConversationLinked e -> with(id,
                    c -> c.followedUpBy.add(e.followUpConversationId().value()));
            default -> {
            }
        }
    }

    private void with(UUID conversation, Consumer<Conversation> change) {
        Conversation c = conversations.get(conversation);
        if (c != null) {
            change.accept(c);
        }
    }

    private void advocacy(AdvocacyEvent event) {
        UUID id = event.advocacyActionId().value();
        if (event instanceof AdvocacyActionStarted e) {
            advocacy.put(id, new Advocacy(id, e.ask(), e.decisionAtStake(), e.advocates(), e.targetOrganisation(),
                    e.targetPeople(), e.happenedOn()));
            return;
        }
        Advocacy action = advocacy.get(id);
        if (action == null) {
            return;
        }
        switch (event) {
            case AdvocacyStepTaken e -> action.steps.add(new Step(e.number(), e.kind(), e.description(),
                    e.conversations().stream().map(c -> c.value()).toList(), e.happenedOn()));
            case AdvocacyResponseRecorded e -> {
                action.response = e.response();
                action.responseNote = e.description();
            }
            case AdvocacyOutcomeRecorded e -> {
                action.outcome = e.result();
                action.outcomeNote = e.description();
            }
            default -> {
            }
        }
    }

    private void relationship(RelationshipEvent event) {
        UUID id = event.relationshipId().value();
        if (event instanceof RelationshipRecorded e) {
            relationships.put(id, new Relationship(id, e.first(), e.second(), e.dependsOn(), e.happenedOn()));
            return;
        }
        Relationship r = relationships.get(id);
        if (r == null) {
            return;
        }
        switch (event) {
            case RelationshipAssessed e -> r.assessments.add(new Assessment(e.strength(), e.happenedOn(),
                    e.evidence().stream().map(c -> c.value()).toList()));
            case RelationshipDependencyRecorded e -> r.dependsOn = e.dependsOn();
            case RelationshipFlaggedAtRisk e -> r.atRiskFrom = e.happenedOn();
            case RelationshipRiskResolved e -> r.atRiskFrom = null;
            default -> {
            }
        }
    }

    private void seat(RepresentationEvent event) {
        switch (event) {
            case RepresentationStarted e -> seats.put(e.representationId().value(), new Seat(e.representationId()
                    .value(), e.personId(), e.organisationId(), e.bodyId(), e.seat(), e.happenedOn()));
            case RepresentationEnded e -> {
                Seat seat = seats.get(e.representationId().value());
                if (seat != null) {
                    seat.endedOn = e.happenedOn();
                }
            }
        }
    }

    private void tippingPoint(TippingPointEvent event) {
        switch (event) {
            case TippingPointMarked e -> tippingPoints.put(e.tippingPointId().value(), new Marked(e));
            case TippingPointRetracted e -> tippingPoints.remove(e.tippingPointId().value());
        }
    }

    private void funding(FundingEvent event) {
        switch (event) {
            case FundingOpportunityRecorded e -> programmes.put(e.fundingOpportunityId().value(), e.programme());
            case FundingOpportunityRevised e -> programmes.put(e.fundingOpportunityId().value(), e.programme());
            case BidDrafted e -> bids.put(e.bidId().value(), new Bid(e.bidId().value(),
                    e.fundingOpportunityId().value(), e.funder(), e.title(), e.lead(), e.partners(),
                    e.amountRequested().value()));
            case BidRevised e -> bid(e.bidId().value(), b -> {
                b.title = e.title();
                b.lead = e.lead();
                b.partners = e.partners();
            });
            case BidWithdrawn e -> bid(e.bidId().value(), b -> b.withdrawn = true);
            case BidDecided e -> bid(e.bidId().value(), b -> b.decision = new Decision(e.outcome(), e.amount().value(),
                    e.decisionMaker(), e.decidedBy(), e.notes(), e.happenedOn()));
            case DecisionReopened e -> bid(e.bidId().value(), b -> b.decision = null);
            case AwardRecorded e -> awards.put(e.awardId().value(), new Award(e.awardId().value(),
                    e.bidId() == null ? null : e.bidId().value(), e.funder(), e.title(), e.recipients(),
                    e.total().value(), e.places(), e.happenedOn()));
            case AwardAmended e -> {
                Award award = awards.get(e.awardId().value());
                if (award != null) {
                    award.total = e.total().value();
                }
            }
            case ContributionClaimed e -> claims.put(e.contributionClaimId().value(), new Claim(
                    e.contributionClaimId().value(), e.work(), e.bidId() == null ? null : e.bidId().value(),
                    e.awardId() == null ? null : e.awardId().value(), e.strength(), e.rationale(), e.claimedBy(),
                    e.happenedOn()));
            case ContributionClaimChallenged e -> claim(e.contributionClaimId().value(), ClaimStatus.CHALLENGED,
                    e.reason());
            case ContributionClaimWithdrawn e -> claim(e.contributionClaimId().value(), ClaimStatus.WITHDRAWN,
                    e.reason());
            default -> {
            }
        }
    }

    private void bid(UUID id, Consumer<Bid> change) {
        Bid bid = bids.get(id);
        if (bid != null) {
            change.accept(bid);
        }
    }

    private void claim(UUID id, ClaimStatus status, String reason) {
        Claim claim = claims.get(id);
        if (claim != null && claim.status != ClaimStatus.WITHDRAWN) {
            claim.status = status;
            claim.statusReason = reason;
        }
    }

    /** The conversation as it counts on the day asked about: logged, not retracted, and (corrected) dated by then. */
    Conversation standingConversation(UUID id) {
        Conversation c = knownConversation(id);
        return c == null || c.retracted != null ? null : c;
    }

    /** The conversation if it had happened by the day asked about (by its latest date), retracted or not. */
    Conversation knownConversation(UUID id) {
        Conversation c = conversations.get(id);
        return c == null || !happened(c.happenedOn) ? null : c;
    }

    /** The roles a person held at an organisation, as far as the picture knows them. */
    List<Role> rolesOf(PersonId person) {
        return rolesOfPerson.getOrDefault(person, List.of());
    }

    /** Has the role ended by the day asked about (today when the question is about now)? */
    boolean ended(Role role) {
        return role.endedOn != null && happened(role.endedOn);
    }

    static final class Conversation {
        final UUID id;
        final OrganisationId loggedBy;
        final OrganisationId privateTo;
        LocalDate happenedOn;
        ConversationDetails details;
        int corrections;
        String retracted;
        final List<UUID> followedUpBy = new ArrayList<>();

        Conversation(UUID id, OrganisationId loggedBy, OrganisationId privateTo, LocalDate happenedOn,
                     ConversationDetails details) {
            this.id = id;
            this.loggedBy = loggedBy;
            this.privateTo = privateTo;
            this.happenedOn = happenedOn;
            this.details = details;
        }

        List<PersonId> people() {
            return details.participants().stream().filter(Party::isPerson).map(Party::personId).toList();
        }

        List<OrganisationId> organisations() {
            return details.participants().stream().filter(p -> !p.isPerson()).map(Party::organisationId).toList();
        }
    }

    record Step(int number, StepKind kind, String description, List<UUID> conversations, LocalDate happenedOn) {
    }

    static final class Advocacy {
        final UUID id;
        final String ask;
        final String decisionAtStake;
        final Set<OrganisationId> advocates;
        final OrganisationId target;
        final Set<PersonId> targetPeople;
        final LocalDate startedOn;
        final List<Step> steps = new ArrayList<>();
        ResponseKind response;
        String responseNote;
        OutcomeResult outcome;
        String outcomeNote;

        Advocacy(UUID id, String ask, String decisionAtStake, Set<OrganisationId> advocates, OrganisationId target,
                 Set<PersonId> targetPeople, LocalDate startedOn) {
            this.id = id;
            this.ask = ask;
            this.decisionAtStake = decisionAtStake;
            this.advocates = advocates;
            this.target = target;
            this.targetPeople = targetPeople;
            this.startedOn = startedOn;
        }
    }

    record Assessment(Strength strength, LocalDate happenedOn, List<UUID> evidence) {
    }

    static final class Relationship {
        final UUID id;
        final Party first;
        final Party second;
        RoleDependency dependsOn;
        final LocalDate recordedOn;
        final List<Assessment> assessments = new ArrayList<>();
        LocalDate atRiskFrom;

        Relationship(UUID id, Party first, Party second, RoleDependency dependsOn, LocalDate recordedOn) {
            this.id = id;
            this.first = first;
            this.second = second;
            this.dependsOn = dependsOn;
            this.recordedOn = recordedOn;
        }

        Strength strength() {
            return assessments.isEmpty() ? null : assessments.getLast().strength();
        }
    }

    static final class Seat {
        final UUID id;
        final PersonId person;
        final OrganisationId organisation;
        final OrganisationId body;
        final String seat;
        final LocalDate startedOn;
        LocalDate endedOn;

        Seat(UUID id, PersonId person, OrganisationId organisation, OrganisationId body, String seat,
             LocalDate startedOn) {
            this.id = id;
            this.person = person;
            this.organisation = organisation;
            this.body = body;
            this.seat = seat;
            this.startedOn = startedOn;
        }
    }

    record Decision(DecisionOutcome outcome, long amount, OrganisationId decisionMaker, List<PersonId> decidedBy,
                    String notes, LocalDate decidedOn) {
    }

    static final class Bid {
        final UUID id;
        final UUID opportunity;
        final OrganisationId funder;
        String title;
        OrganisationId lead;
        List<OrganisationId> partners;
        final long amountRequested;
        boolean withdrawn;
        Decision decision;

        Bid(UUID id, UUID opportunity, OrganisationId funder, String title, OrganisationId lead,
            List<OrganisationId> partners, long amountRequested) {
            this.id = id;
            this.opportunity = opportunity;
            this.funder = funder;
            this.title = title;
            this.lead = lead;
            this.partners = partners;
            this.amountRequested = amountRequested;
        }
    }

    static final class Award {
        final UUID id;
        final UUID bid;
        final OrganisationId funder;
        final String title;
        final List<Recipient> recipients;
        long total;
        final List<PlaceCode> places;
        final LocalDate awardedOn;

        Award(UUID id, UUID bid, OrganisationId funder, String title, List<Recipient> recipients, long total,
              List<PlaceCode> places, LocalDate awardedOn) {
            this.id = id;
            this.bid = bid;
            this.funder = funder;
            this.title = title;
            this.recipients = recipients;
            this.total = total;
            this.places = places;
            this.awardedOn = awardedOn;
        }
    }

    static final class Claim {
        final UUID id;
        final ContributingWork work;
        final UUID bid;
        final UUID award;
        final ContributionStrength strength;
        final String rationale;
        final OrganisationId claimedBy;
        final LocalDate claimedOn;
        ClaimStatus status = ClaimStatus.STANDING;
        String statusReason;

        Claim(UUID id, ContributingWork work, UUID bid, UUID award, ContributionStrength strength, String rationale,
              OrganisationId claimedBy, LocalDate claimedOn) {
            this.id = id;
            this.work = work;
            this.bid = bid;
            this.award = award;
            this.strength = strength;
            this.rationale = rationale;
            this.claimedBy = claimedBy;
            this.claimedOn = claimedOn;
        }
    }

    static final class Role {
        final PersonId person;
        final OrganisationId organisation;
        final String title;
        final LocalDate startedOn;
        LocalDate endedOn;

        Role(PersonId person, OrganisationId organisation, String title, LocalDate startedOn) {
            this.person = person;
            this.organisation = organisation;
            this.title = title;
            this.startedOn = startedOn;
        }
    }

    record Marked(TippingPointMarked event) {
    }
}
