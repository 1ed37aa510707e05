package org.irrigate.app.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.demo.Cast;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.RoleId;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;

/**
 * A small funding story of its own for a test, told through the same commands as the demo, each recorded at a record
 * time the test chooses. Record times are in 2026, after the demo story's, so "as known on" 2025 still sees the demo
 * alone; everything happened in 2024.
 */
final class Scenario {
    static final PlaceCode STROUD = new PlaceCode("E07000082");

    private final CommandGateway commands;

    Scenario(CommandGateway commands) {
        this.commands = commands;
    }

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    <R> R as(String user, OrganisationId org, Instant recordedAt, Object command) {
        return new Recorder(user, org, recordedAt).run(() -> commands.<R>sendAndWait(command));
    }

    <R> R coordinator(Instant recordedAt, Object command) {
        return as("coordinator", Cast.GRACE, recordedAt, command);
    }

    OrganisationId council(String name, Instant recordedAt) {
        OrganisationId id = OrganisationId.random();
        coordinator(recordedAt, new RegisterOrganisation(id, name, OrganisationKind.LOCAL_AUTHORITY, STROUD, null,
                LocalDate.of(2024, 1, 2)));
        return id;
    }

    OrganisationId partner(String name, Instant recordedAt) {
        OrganisationId id = OrganisationId.random();
        coordinator(recordedAt, new RegisterOrganisation(id, name, OrganisationKind.COMMUNITY_ANCHOR, STROUD, null,
                LocalDate.of(2024, 1, 2)));
        return id;
    }

    record Officer(PersonId person, RoleId role) {
        Party party() {
            return Party.person(person);
        }
    }

    /** A person with a role at the organisation from 2020. */
    Officer officer(String name, OrganisationId at, Instant recordedAt) {
        Officer officer = new Officer(PersonId.random(), RoleId.random());
        coordinator(recordedAt, new RegisterPerson(officer.person(), new PersonalDetails(name, null, null),
                LocalDate.of(2024, 1, 2)));
        coordinator(recordedAt, new StartRole(officer.person(), officer.role(), at, "Grants Officer",
                LocalDate.of(2020, 1, 6)));
        return officer;
    }

    void leaves(Officer officer, LocalDate on, Instant recordedAt) {
        coordinator(recordedAt, new EndRole(officer.person(), officer.role(), "Left", on));
    }

    ConversationId conversation(OrganisationId loggedBy, String user, LocalDate on, String topic, Visibility visibility,
                                Instant recordedAt, Party... participants) {
        ConversationId id = ConversationId.random();
        as(user, loggedBy, recordedAt, new LogConversation(id, loggedBy, on, details(topic, participants), List.of(),
                visibility));
        return id;
    }

    void amend(ConversationId id, OrganisationId loggedBy, String user, LocalDate on, String topic, String reason,
               Instant recordedAt, Party... participants) {
        as(user, loggedBy, recordedAt, new AmendConversation(id, on, details(topic, participants), reason));
    }

    static ConversationDetails details(String topic, Party... participants) {
        return new ConversationDetails(List.of(participants), STROUD, Channel.MEETING, topic, "Notes on " + topic, List.of(),
                Set.of());
    }

    record Funded(FundingOpportunityId opportunity, BidId bid, AwardId award) {
    }

    /**
     * A fund of {@code funder} for {@code programme}; a bid led by {@code lead}, decided on {@code decidedOn}; when
     * awarded, an award of the whole amount to the lead on {@code decidedOn} + 7 days.
     */
    Funded funded(OrganisationId funder, String programme, OrganisationId lead, long pounds, DecisionOutcome outcome,
                  LocalDate decidedOn, Instant recordedAt) {
        FundingOpportunityId fund = FundingOpportunityId.random();
        coordinator(recordedAt, new RecordFundingOpportunity(fund, funder, programme, null, List.of(STROUD),
                LocalDate.of(2023, 11, 1), null, null, LocalDate.of(2023, 11, 1)));
        BidId bid = BidId.random();
        coordinator(recordedAt, new DraftBid(bid, fund, programme + " bid", lead, List.of(), Pence.ofPounds(pounds),
                LocalDate.of(2023, 11, 6)));
        coordinator(recordedAt, new SubmitBid(bid, LocalDate.of(2023, 11, 20)));
        Pence amount = outcome == DecisionOutcome.DECLINED ? Pence.ZERO : Pence.ofPounds(pounds);
        coordinator(recordedAt, new DecideBid(bid, outcome, amount, funder, List.of(), null, decidedOn));
        if (outcome == DecisionOutcome.DECLINED) {
            return new Funded(fund, bid, null);
        }
        AwardId award = AwardId.random();
        LocalDate awarded = decidedOn.plusDays(7);
        coordinator(recordedAt, new RecordAward(award, bid, null, programme + " award", null,
                List.of(Recipient.of(lead)), amount, List.of(new SchedulePart("all", "All of it", lead, awarded,
                awarded, amount)), List.of(STROUD), awarded));
        return new Funded(fund, bid, award);
    }

    /** A council with an officer, and a fund of it whose bid by The Grace Network it awarded. */
    record Council(OrganisationId id, Officer officer, Funded funded) {
    }

    Council awardingCouncil(String name, String officerName, String programme, long pounds, LocalDate decidedOn,
                            Instant recordedAt) {
        OrganisationId council = council(name, recordedAt);
        Officer officer = officer(officerName, council, recordedAt);
        return new Council(council, officer, funded(council, programme, Cast.GRACE, pounds, DecisionOutcome.AWARDED,
                decidedOn, recordedAt));
    }

    ContributionClaimId claim(ConversationId conversation, AwardId award, OrganisationId claimant, LocalDate on,
                              Instant recordedAt) {
        ContributionClaimId id = ContributionClaimId.random();
        as("grace", claimant, recordedAt, new ClaimContribution(id, ContributingWork.of(conversation), null, award,
                ContributionStrength.SIGNIFICANT, "It made the case", "Conversation log", claimant, on));
        return id;
    }
}
