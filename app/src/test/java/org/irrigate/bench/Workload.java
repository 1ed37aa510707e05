package org.irrigate.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationCommand.JoinNetwork;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyResponse;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.Visibility;

/**
 * A synthetic but lawful stream of the network's work, one event per command: conversations (the bulk of it),
 * relationship assessments (of relationships recorded in a {@link #prelude()}), advocacy, funding opportunities, bids through draft, submission and decision, awards with
 * their payments, and contribution claims linking the money back to the conversations. Every command obeys the
 * domain's rules (a bid is drafted before it is submitted, an award follows an awarded decision, payments stay within
 * the schedule), so it goes through the real command handlers. Seeded, so two runs send the same work.
 */
final class Workload {
    static final List<PlaceCode> PLACES = List.of(new PlaceCode("E10000013"), new PlaceCode("E07000078"),
            new PlaceCode("E07000079"), new PlaceCode("E07000080"), new PlaceCode("E07000081"),
            new PlaceCode("E07000082"), new PlaceCode("E07000083"));
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 6 * 365;

    /** An organisation of the synthetic network; funders are councils, the ICB or grant-makers. */
    record Organisation(OrganisationId id, String name, OrganisationKind kind, PlaceCode place) {
        boolean funder() {
            return kind == OrganisationKind.LOCAL_AUTHORITY || kind == OrganisationKind.FUNDER;
        }
    }

    /** A command and who records it (the organisation on whose behalf, and the day it happened). */
    record Work(Object command, OrganisationId onBehalfOf, LocalDate happenedOn) {
    }

    private record Opportunity(FundingOpportunityId id, OrganisationId funder, LocalDate opens) {
    }

    private record Bid(BidId id, Opportunity opportunity, OrganisationId lead, Pence amount) {
    }

    private record Award(AwardId id, Bid bid, LocalDate on, int paid) {
    }

    private record Advocacy(AdvocacyActionId id, OrganisationId advocate, LocalDate started, int steps) {
    }

    private final Random random;
    private final List<Organisation> community;
    private final List<Organisation> funders;
    private final List<ConversationId> conversations = new ArrayList<>();
    private final List<OrganisationId> conversationLoggers = new ArrayList<>();
    private final List<RelationshipId> relationships = new ArrayList<>();
    private final List<OrganisationId> relationshipHolders = new ArrayList<>();
    private final Deque<Advocacy> advocacy = new ArrayDeque<>();
    private final Deque<Opportunity> opportunities = new ArrayDeque<>();
    private final Deque<Bid> drafted = new ArrayDeque<>();
    private final Deque<Bid> submitted = new ArrayDeque<>();
    private final Deque<Bid> awardedBids = new ArrayDeque<>();
    private final Deque<Award> awards = new ArrayDeque<>();

    Workload(List<Organisation> organisations, long seed) {
        this.random = new Random(seed);
        this.community = organisations.stream().filter(o -> !o.funder()).toList();
        this.funders = organisations.stream().filter(Organisation::funder).toList();
    }

    /** The network: about one organisation in five funds or decides (councils, funders), the rest are community groups. */
    static List<Organisation> network(int count, long seed) {
        Random random = new Random(seed);
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrganisationKind kind = i % 5 == 0 ? (i % 10 == 0 ? OrganisationKind.LOCAL_AUTHORITY : OrganisationKind.FUNDER)
                    : i % 5 == 1 ? OrganisationKind.COMMUNITY_ANCHOR : OrganisationKind.VOLUNTARY_ORGANISATION;
            organisations.add(new Organisation(new OrganisationId(new java.util.UUID(seed, i)),
                    (kind.name().charAt(0) + kind.name().substring(1).toLowerCase().replace('_', ' ')) + " " + i,
                    kind, PLACES.get(random.nextInt(PLACES.size()))));
        }
        return organisations;
    }

    /** Registering the network, and the community groups joining it: the set-up before any work is recorded. */
    static List<Work> setUp(List<Organisation> organisations, OrganisationId recorder) {
        List<Work> work = new ArrayList<>();
        for (Organisation o : organisations) {
            work.add(new Work(new RegisterOrganisation(o.id(), o.name(), o.kind(), o.place(), null, FIRST_DAY),
                    recorder, FIRST_DAY));
        }
        for (Organisation o : organisations) {
            if (!o.funder()) {
                work.add(new Work(new JoinNetwork(o.id(), FIRST_DAY), recorder, FIRST_DAY));
            }
        }
        return work;
    }

    /** The next piece of work, in the mix the domain has: mostly conversations, then advocacy, money and claims. */
    Work next() {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return conversation();
        }
        if (roll < 52) {
            return relationship();
        }
        if (roll < 67) {
            return advocacy();
        }
        if (roll < 90) {
            return funding();
        }
        if (roll < 96 && !awards.isEmpty()) {
            return disbursement();
        }
        return claim();
    }

    private Work conversation() {
        Organisation by = pick(community);
        LocalDate on = day();
        List<Party> participants = new ArrayList<>(List.of(Party.organisation(by.id()),
                Party.organisation(pick(funders).id())));
        if (random.nextBoolean()) {
            Organisation other = pick(community);
            if (!other.equals(by)) {
                participants.add(Party.organisation(other.id()));
            }
        }
        List<OutcomeArea> areas = List.of(OutcomeArea.values());
        ConversationId id = ConversationId.random();
        List<NewFollowUp> followUps = random.nextInt(3) == 0
                ? List.of(new NewFollowUp("Send the notes and the proposal", Party.organisation(by.id()), on.plusDays(14)))
                : List.of();
        LogConversation command = new LogConversation(id, by.id(), on, new ConversationDetails(participants,
                pick(PLACES), pick(List.of(Channel.values())), "Conversation " + conversations.size() + " about "
                + pick(areas).name().toLowerCase().replace('_', ' '),
                "Talked through what the groups need and how the money could reach them; the officer asked for "
                        + "figures on how many people the hubs reach.",
                random.nextBoolean() ? List.of("A share of the fund straight to community groups") : List.of(),
                Set.of(pick(areas))), followUps, random.nextInt(10) < 7 ? Visibility.SHARED : Visibility.PRIVATE);
        conversations.add(id);
        conversationLoggers.add(by.id());
        return new Work(command, by.id(), on);
    }

    /** Relationships are recorded before the timed work: recording one stores two events (recorded, assessed). */
    List<Work> prelude() {
        List<Work> work = new ArrayList<>();
        for (int i = 0; i < Math.max(2, community.size() / 4); i++) {
            Organisation by = pick(community);
            RelationshipId id = new RelationshipId(new java.util.UUID(random.nextLong(), random.nextLong()));
            relationships.add(id);
            relationshipHolders.add(by.id());
            work.add(new Work(new RecordRelationship(id, Party.organisation(by.id()),
                    Party.organisation(pick(funders).id()), Strength.AWARE, "Known through the food response",
                    List.of(), null, FIRST_DAY), by.id(), FIRST_DAY));
        }
        return work;
    }

    private Work relationship() {
        if (relationships.isEmpty()) {
            return conversation();
        }
        int i = random.nextInt(relationships.size());
        LocalDate on = day();
        return new Work(new AssessRelationship(relationships.get(i), pick(List.of(Strength.values()).subList(1, 5)),
                "Assessed after the latest meeting", List.of(), on), relationshipHolders.get(i), on);
    }

    private Work advocacy() {
        Advocacy current = advocacy.pollFirst();
        if (current == null || random.nextInt(4) == 0) {
            if (current != null) {
                advocacy.addFirst(current);
            }
            Organisation by = pick(community);
            Advocacy started = new Advocacy(AdvocacyActionId.random(), by.id(), day(), 0);
            advocacy.addLast(started);
            return new Work(new StartAdvocacyAction(started.id(), "10% of the fund straight to community groups",
                    "The council's investment plan", Set.of(by.id()), pick(funders).id(), Set.of(), started.started()),
                    by.id(), started.started());
        }
        LocalDate on = current.started().plusDays(7L * (current.steps() + 1));
        if (current.steps() >= 3) {
            return new Work(new RecordAdvocacyResponse(current.id(), pick(List.of(ResponseKind.values())),
                    "The council replied to the ask", on), current.advocate(), on);
        }
        advocacy.addLast(new Advocacy(current.id(), current.advocate(), current.started(), current.steps() + 1));
        return new Work(new TakeAdvocacyStep(current.id(), pick(List.of(StepKind.values())), "Made the ask again",
                List.of(), on), current.advocate(), on);
    }

    /** Opportunities open, bids move from draft to submitted to decided, awarded bids become awards. */
    private Work funding() {
        Bid bid;
        if ((bid = awardedBids.pollFirst()) != null) {
            LocalDate on = bid.opportunity().opens().plusDays(75);
            AwardId id = AwardId.random();
            awards.addLast(new Award(id, bid, on, 0));
            return new Work(new RecordAward(id, bid.id(), null, "Award for bid " + bid.id(),
                    "Operational funding for the hubs, paid quarterly", List.of(Recipient.of(bid.lead())),
                    bid.amount(), List.of(new SchedulePart("year-1", "First year", bid.lead(), on, on.plusDays(365),
                    bid.amount())), List.of(pick(PLACES)), on), bid.opportunity().funder(), on);
        }
        if (!submitted.isEmpty() && random.nextBoolean()) {
            bid = submitted.pollFirst();
            boolean won = random.nextInt(3) > 0;
            if (won) {
                awardedBids.addLast(bid);
            }
            LocalDate on = bid.opportunity().opens().plusDays(60);
            return new Work(new DecideBid(bid.id(), won ? DecisionOutcome.AWARDED : DecisionOutcome.DECLINED,
                    won ? bid.amount() : Pence.ZERO, bid.opportunity().funder(), List.of(),
                    won ? "Community-led approach adopted" : "Oversubscribed", on), bid.opportunity().funder(), on);
        }
        if ((bid = drafted.pollFirst()) != null) {
            submitted.addLast(bid);
            LocalDate on = bid.opportunity().opens().plusDays(30);
            return new Work(new SubmitBid(bid.id(), on), bid.lead(), on);
        }
        Opportunity opportunity = opportunities.peekFirst();
        if (opportunity == null || random.nextInt(4) == 0) {
            LocalDate opens = FIRST_DAY.plusDays(random.nextInt(DAYS - 200));
            Opportunity opened = new Opportunity(FundingOpportunityId.random(), pick(funders).id(), opens);
            opportunities.addFirst(opened);
            if (opportunities.size() > 20) {
                opportunities.removeLast();
            }
            return new Work(new RecordFundingOpportunity(opened.id(), opened.funder(), "Fund " + opportunities.size(),
                    null, List.of(pick(PLACES)), opens, opens.plusDays(120), "Open call", opens), opened.funder(), opens);
        }
        Organisation lead = pick(community);
        Organisation partner = pick(community);
        Bid draft = new Bid(BidId.random(), opportunity, lead.id(), Pence.ofPounds(5_000 + random.nextInt(200) * 1_000));
        drafted.addLast(draft);
        LocalDate on = opportunity.opens().plusDays(10);
        return new Work(new DraftBid(draft.id(), opportunity.id(), "Community hubs bid", lead.id(),
                partner.equals(lead) ? List.of() : List.of(partner.id()), draft.amount(), on), lead.id(), on);
    }

    /** Quarterly payments against the award's one schedule part, never more than the part holds. */
    private Work disbursement() {
        Award award = awards.pollFirst();
        long quarter = award.bid().amount().value() / 4;
        long amount = award.paid() == 3 ? award.bid().amount().value() - 3 * quarter : quarter;
        if (award.paid() < 3) {
            awards.addLast(new Award(award.id(), award.bid(), award.on(), award.paid() + 1));
        }
        LocalDate on = award.on().plusDays(30L + 90L * award.paid());
        return new Work(new RecordDisbursement(award.id(), DisbursementId.random(), "year-1", new Pence(amount),
                "Payment " + (award.paid() + 1), on), award.bid().opportunity().funder(), on);
    }

    /** A partner claims that one of its conversations contributed to an award (or, before any award, to a bid). */
    private Work claim() {
        if (conversations.isEmpty() || (awards.isEmpty() && submitted.isEmpty())) {
            return conversation();
        }
        int i = random.nextInt(conversations.size());
        OrganisationId by = conversationLoggers.get(i);
        Award award = awards.peekLast();
        Bid bid = award == null ? submitted.peekLast() : null;
        LocalDate on = award == null ? bid.opportunity().opens().plusDays(40) : award.on().plusDays(20);
        return new Work(new ClaimContribution(ContributionClaimId.random(), ContributingWork.of(conversations.get(i)),
                bid == null ? null : bid.id(), award == null ? null : award.id(), pick(List.of(ContributionStrength.values())),
                "The conversation opened the door to the ask", "Conversation log", by, on), by, on);
    }

    private LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
