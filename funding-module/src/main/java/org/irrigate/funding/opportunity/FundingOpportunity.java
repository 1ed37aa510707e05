package org.irrigate.funding.opportunity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.funding.facts.Rules.TEXT_LENGTH;
import static org.irrigate.funding.facts.Rules.TITLE_LENGTH;
import static org.irrigate.funding.facts.Rules.distinct;
import static org.irrigate.funding.facts.Rules.notBefore;
import static org.irrigate.funding.facts.Rules.optionalText;
import static org.irrigate.funding.facts.Rules.positive;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.ReviseFundingOpportunity;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;

/** A fund that exists: who funds it, under which programme, how big, where, and when bids are open. */
@Aggregate
public class FundingOpportunity {
    @AggregateIdentifier
    private FundingOpportunityId fundingOpportunityId;
    private OrganisationId funder;
    private String programme;
    private Pence totalPot;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String notes;

    protected FundingOpportunity() {
        // for Axon
    }

    @CommandHandler
    public FundingOpportunity(RecordFundingOpportunity command) {
        OrganisationId funder = requirePresent(command.funder(), "funder");
        String programme = requireText(command.programme(), "programme", TITLE_LENGTH);
        Pence pot = command.totalPot() == null ? null : positive(command.totalPot(), "totalPot");
        notBefore(command.closesOn(), command.opensOn(), "closesOn", "the opening date");
        apply(new FundingOpportunityRecorded(command.fundingOpportunityId(), funder, programme, pot,
                distinct(command.places(), "places"), command.opensOn(), command.closesOn(),
                optionalText(command.notes(), "notes", TEXT_LENGTH), requirePresent(command.happenedOn(), "happenedOn")));
    }

    @CommandHandler
    void handle(ReviseFundingOpportunity command) {
        Pence pot = command.totalPot() == null ? null : positive(command.totalPot(), "totalPot");
        notBefore(command.closesOn(), command.opensOn(), "closesOn", "the opening date");
        String newNotes = optionalText(command.notes(), "notes", TEXT_LENGTH);
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(!Objects.equals(pot, totalPot) || !Objects.equals(command.opensOn(), opensOn)
                        || !Objects.equals(command.closesOn(), closesOn) || !Objects.equals(newNotes, notes),
                "The revision changes nothing");
        apply(new FundingOpportunityRevised(fundingOpportunityId, funder, programme, pot, command.opensOn(),
                command.closesOn(), newNotes, reason, on));
    }

    @EventSourcingHandler
    void on(FundingOpportunityRecorded event) {
        fundingOpportunityId = event.fundingOpportunityId();
        funder = event.funder();
        programme = event.programme();
        totalPot = event.totalPot();
        opensOn = event.opensOn();
        closesOn = event.closesOn();
        notes = event.notes();
    }

    @EventSourcingHandler
    void on(FundingOpportunityRevised event) {
        totalPot = event.totalPot();
        opensOn = event.opensOn();
        closesOn = event.closesOn();
        notes = event.notes();
    }
}
