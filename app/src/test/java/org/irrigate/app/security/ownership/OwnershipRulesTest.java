package org.irrigate.app.security.ownership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.WithdrawBid;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.influence.api.AdvocacyCommand.CloseAdvocacyAction;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.RelationshipCommand.FlagRelationshipAtRisk;
import org.irrigate.influence.api.RelationshipCommand.ResolveRelationshipRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.Party;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The rule for each kind of record, without the application around it. */
class OwnershipRulesTest {
    static final OrganisationId LEAD = OrganisationId.random();
    static final OrganisationId OTHER = OrganisationId.random();
    static final OrganisationId FUNDER = OrganisationId.random();
    static final LocalDate ON = LocalDate.of(2024, 1, 10);

    static Actor partner(OrganisationId organisation) {
        return new Actor(organisation, false);
    }

    static History recordedBy(OrganisationId recorder, Object... payloads) {
        return new History(List.of(payloads).stream().map(payload -> new GenericDomainEventMessage<>("Record", "id",
                0, payload, MetaData.from(Map.of(AuditMetadata.ON_BEHALF_OF, recorder.toString())))).toList());
    }

    final BidId bid = BidId.random();
    final History draftedBid = recordedBy(LEAD, new BidDrafted(bid, FundingOpportunityId.random(), FUNDER, "Bid",
            LEAD, List.of(), new Pence(100), ON));

    @Test
    void aBidIsDraftedOnlyInTheNameOfTheDraftersOwnOrganisation() {
        DraftBid draft = new DraftBid(bid, FundingOpportunityId.random(), "Bid", LEAD, List.of(), new Pence(1), ON);
        History none = new History(List.of());
        assertThatCode(() -> OwnershipRules.check(draft, none, partner(LEAD))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OwnershipRules.check(draft, none, partner(OTHER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheLeadWithdrawsAndOnlyTheFunderDecides() {
        WithdrawBid withdraw = new WithdrawBid(bid, "Changed plans", ON);
        assertThatCode(() -> OwnershipRules.check(withdraw, draftedBid, partner(LEAD))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OwnershipRules.check(withdraw, draftedBid, partner(OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        DecideBid decide = new DecideBid(bid, DecisionOutcome.DECLINED, null, FUNDER, List.of(), null, ON);
        assertThatThrownBy(() -> OwnershipRules.check(decide, draftedBid, partner(LEAD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> OwnershipRules.check(decide, draftedBid, partner(FUNDER))).doesNotThrowAnyException();
        assertThatCode(() -> OwnershipRules.check(decide, draftedBid, new Actor(OTHER, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void anAdvocacyActionIsChangedByItsAdvocatesOrItsRecorder() {
        AdvocacyActionId action = AdvocacyActionId.random();
        History started = recordedBy(FUNDER, new AdvocacyActionStarted(action, "Ask", "Decision", Set.of(LEAD), OTHER,
                Set.of(), ON));
        CloseAdvocacyAction close = new CloseAdvocacyAction(action, "Done", ON);
        assertThatCode(() -> OwnershipRules.check(close, started, partner(LEAD))).doesNotThrowAnyException();
        assertThatCode(() -> OwnershipRules.check(close, started, partner(FUNDER))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OwnershipRules.check(close, started, partner(OTHER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRelationshipIsTheRecordersButAPolicyMayFlagIt() {
        RelationshipId relationship = RelationshipId.random();
        History recorded = recordedBy(LEAD, new RelationshipRecorded(relationship, new Party(LEAD, null),
                new Party(OTHER, null), null, ON));
        ResolveRelationshipRisk resolve = new ResolveRelationshipRisk(relationship, "Resolved", ON);
        assertThatCode(() -> OwnershipRules.check(resolve, recorded, partner(LEAD))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OwnershipRules.check(resolve, recorded, partner(OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        // a role ending, recorded by another partner, flags it: the policy acts for the network
        FlagRelationshipAtRisk flag = new FlagRelationshipAtRisk(relationship, null, ON);
        assertThatCode(() -> OwnershipRules.check(flag, recorded, new Actor(OTHER, true))).doesNotThrowAnyException();
    }
}
