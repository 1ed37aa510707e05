package org.irrigate.funding.bid;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.funding.facts.Rules.TEXT_LENGTH;
import static org.irrigate.funding.facts.Rules.TITLE_LENGTH;
import static org.irrigate.funding.facts.Rules.distinct;
import static org.irrigate.funding.facts.Rules.notBefore;
import static org.irrigate.funding.facts.Rules.optionalText;
import static org.irrigate.funding.facts.Rules.positive;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.ReopenDecision;
import org.irrigate.funding.api.FundingCommand.ReviseBid;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.FundingCommand.WithdrawBid;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.BidSubmitted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.facts.FundingFacts;
import org.irrigate.funding.facts.FundingFacts.Opportunity;

/**
 * A bid for a fund, from draft to decision. Only a submitted bid gets a decision, and only one: a second decision
 * needs an appeal or amendment ({@link DecisionReopened}) first, so every change of mind is on the record.
 */
@Aggregate
public class Bid {
    @AggregateIdentifier
    private BidId bidId;
    private String title;
    private OrganisationId funder;
    private OrganisationId lead;
    private Pence amountRequested;
    private BidStatus status;
    private LocalDate draftedOn;
    private LocalDate submittedOn;
    private FundingOpportunityId fundingOpportunityId;
    private LocalDate lastDecidedOn;
    private LocalDate reopenedOn;
    private int decisions;
    private List<OrganisationId> partners;

    protected Bid() {
        // for Axon
    }

    @CommandHandler
    public Bid(DraftBid command, FundingFacts facts) {
        String title = requireText(command.title(), "title", TITLE_LENGTH);
        OrganisationId lead = requirePresent(command.lead(), "lead");
        List<OrganisationId> partners = partners(command.partners(), lead);
        Pence amount = positive(command.amountRequested(), "amountRequested");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        Opportunity fund = facts.opportunity(requirePresent(command.fundingOpportunityId(), "fundingOpportunityId"))
                .orElseThrow(() -> new NotFoundException("Funding opportunity", command.fundingOpportunityId()));
        requireWithinPot(amount, fund.totalPot());
        apply(new BidDrafted(command.bidId(), command.fundingOpportunityId(), fund.funder(), title, lead, partners,
                amount, on));
    }

    @CommandHandler
    void handle(ReviseBid command, FundingFacts facts) {
        Pence pot = facts.opportunity(fundingOpportunityId).map(Opportunity::totalPot).orElse(null);
        List<OrganisationId> newPartners = partners(command.partners(), lead);
        Pence amount = positive(command.amountRequested(), "amountRequested");
        requireWithinPot(amount, pot);
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(status == BidStatus.DRAFT, "Only a draft bid can be revised; this bid is " + status);
        notBefore(on, draftedOn, "happenedOn", "the day the bid was drafted");
        check(!newPartners.equals(partners) || !amount.equals(amountRequested), "The revision changes nothing");
        apply(new BidRevised(bidId, title, lead, newPartners, amount, reason, on));
    }

    @CommandHandler
    void handle(SubmitBid command, FundingFacts facts) {
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(status == BidStatus.DRAFT, "Only a draft bid can be submitted; this bid is " + status);
        notBefore(on, draftedOn, "happenedOn", "the day the bid was drafted");
        // The fund may have been revised since the draft (a deadline extended), so ask again.
        LocalDate closesOn = facts.opportunity(fundingOpportunityId).map(Opportunity::closesOn).orElse(null);
        require(closesOn == null || !on.isAfter(closesOn), "happenedOn",
                "must not be after the fund closed (" + closesOn + ")");
        apply(new BidSubmitted(bidId, title, lead, funder, amountRequested, on));
    }

    @CommandHandler
    void handle(WithdrawBid command) {
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(status == BidStatus.DRAFT || status == BidStatus.SUBMITTED,
                "Only a draft or submitted bid can be withdrawn; this bid is " + status);
        notBefore(on, submittedOn != null ? submittedOn : draftedOn, "happenedOn", "the bid's last step");
        apply(new BidWithdrawn(bidId, title, lead, funder, reason, on));
    }

    @CommandHandler
    void handle(DecideBid command) {
        DecisionOutcome outcome = requirePresent(command.outcome(), "outcome");
        Pence amount = command.amount() == null ? Pence.ZERO : command.amount();
        OrganisationId decisionMaker = requirePresent(command.decisionMaker(), "decisionMaker");
        var decidedBy = distinct(command.decidedBy(), "decidedBy");
        String notes = optionalText(command.notes(), "notes", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        switch (outcome) {
            case AWARDED -> require(amount.compareTo(amountRequested) >= 0, "amount",
                    "must be at least the amount requested (" + amountRequested.formatted()
                            + ") for an award; less is a partial award");
            case PARTLY_AWARDED -> require(amount.value() > 0 && amount.compareTo(amountRequested) < 0, "amount",
                    "must be more than zero and less than the amount requested (" + amountRequested.formatted() + ")");
            case DECLINED -> require(amount.value() == 0, "amount", "must be zero when the bid is declined");
        }
        check(status != BidStatus.DRAFT, "Only a submitted bid gets a decision; this bid is still a draft");
        check(status != BidStatus.WITHDRAWN, "The bid was withdrawn; it gets no decision");
        check(status == BidStatus.SUBMITTED || status == BidStatus.REOPENED,
                "The bid already has a decision; an appeal or amendment must reopen it first");
        notBefore(on, reopenedOn != null ? reopenedOn : submittedOn, "happenedOn",
                reopenedOn != null ? "the day the decision was reopened" : "the day the bid was submitted");
        apply(new BidDecided(bidId, decisions + 1, title, lead, funder, outcome, amount, amountRequested,
                decisionMaker, decidedBy, notes, on));
    }

    @CommandHandler
    void handle(ReopenDecision command) {
        var ground = requirePresent(command.ground(), "ground");
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(decisions > 0 && status != BidStatus.REOPENED && status != BidStatus.WITHDRAWN,
                status == BidStatus.REOPENED ? "The decision is already reopened; record the new decision"
                        : "Only a decided bid can be reopened; this bid is " + status);
        notBefore(on, lastDecidedOn, "happenedOn", "the decision (" + lastDecidedOn + ")");
        apply(new DecisionReopened(bidId, decisions, title, lead, funder, ground, reason, on));
    }

    private static List<OrganisationId> partners(List<OrganisationId> partners, OrganisationId lead) {
        List<OrganisationId> list = distinct(partners, "partners");
        require(!list.contains(lead), "partners", "must not include the lead organisation");
        return list;
    }

    private static void requireWithinPot(Pence amount, Pence pot) {
        require(pot == null || amount.compareTo(pot) <= 0, "amountRequested",
                "must not be more than the fund's total pot (" + (pot == null ? "" : pot.formatted()) + ")");
    }

    @EventSourcingHandler
    void on(BidDrafted event) {
        bidId = event.bidId();
        fundingOpportunityId = event.fundingOpportunityId();
        title = event.title();
        funder = event.funder();
        lead = event.lead();
        partners = event.partners();
        amountRequested = event.amountRequested();
        draftedOn = event.happenedOn();
        status = BidStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(BidRevised event) {
        partners = event.partners();
        amountRequested = event.amountRequested();
    }

    @EventSourcingHandler
    void on(BidSubmitted event) {
        status = BidStatus.SUBMITTED;
        submittedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(BidWithdrawn event) {
        status = BidStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(BidDecided event) {
        status = BidStatus.of(event.outcome());
        decisions = event.decisionNumber();
        lastDecidedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(DecisionReopened event) {
        status = BidStatus.REOPENED;
        reopenedOn = event.happenedOn();
    }
}
