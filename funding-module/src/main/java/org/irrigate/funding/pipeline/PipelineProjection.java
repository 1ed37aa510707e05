package org.irrigate.funding.pipeline;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.FundingEvent;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.BidSubmitted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pipeline read model: funds, bids with their partners, and every decision. Each handler writes the whole of
 * what its event says (delete, then insert), so an event delivered twice leaves the same rows; rows never copy from
 * another aggregate's rows, because segments handle different aggregates in parallel.
 */
@Component
@ProcessingGroup(PipelineProjection.PROCESSING_GROUP)
class PipelineProjection {
    static final String PROCESSING_GROUP = "funding-pipeline";

    private final JdbcTemplate jdbc;

    PipelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundingEvent event) {
        switch (event) {
            case FundingOpportunityRecorded e -> recorded(e);
            case FundingOpportunityRevised e -> jdbc.update("""
                            update funding_opportunity set total_pot = ?, opens_on = ?, closes_on = ?, notes = ?
                            where id = ?""", e.totalPot() == null ? null : e.totalPot().value(), e.opensOn(),
                    e.closesOn(), e.notes(), e.fundingOpportunityId().value());
            case BidDrafted e -> drafted(e);
            case BidRevised e -> {
                jdbc.update("update funding_bid set amount_requested = ? where id = ?", e.amountRequested().value(),
                        e.bidId().value());
                partners(e.bidId().value(), e.partners());
            }
            case BidSubmitted e -> jdbc.update("update funding_bid set status = ?, submitted_on = ? where id = ?",
                    BidStatus.SUBMITTED.name(), e.happenedOn(), e.bidId().value());
            case BidWithdrawn e -> jdbc.update("""
                            update funding_bid set status = ?, withdrawn_on = ?, withdrawal_reason = ? where id = ?""",
                    BidStatus.WITHDRAWN.name(), e.happenedOn(), e.reason(), e.bidId().value());
            case BidDecided e -> decided(e);
            case DecisionReopened e -> {
                jdbc.update("""
                                update funding_decision set reopened_by = ?, reopen_reason = ?, reopened_on = ?
                                where bid_id = ? and decision_number = ?""", e.ground().name(), e.reason(),
                        e.happenedOn(), e.bidId().value(), e.decisionNumber());
                jdbc.update("update funding_bid set status = ? where id = ?", BidStatus.REOPENED.name(),
                        e.bidId().value());
            }
            default -> {
                // awards and contribution claims have their own read models
            }
        }
    }

    private void recorded(FundingOpportunityRecorded e) {
        var id = e.fundingOpportunityId().value();
        jdbc.update("delete from funding_opportunity_place where opportunity_id = ?", id);
        jdbc.update("delete from funding_opportunity where id = ?", id);
        jdbc.update("""
                        insert into funding_opportunity (id, funder, programme, total_pot, opens_on, closes_on, notes,
                          recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?)""", id, e.funder().value(), e.programme(),
                e.totalPot() == null ? null : e.totalPot().value(), e.opensOn(), e.closesOn(), e.notes(),
                e.happenedOn());
        List<PlaceCode> places = e.places();
        for (int i = 0; i < places.size(); i++) {
            jdbc.update("insert into funding_opportunity_place (opportunity_id, place_code, position) values (?, ?, ?)",
                    id, places.get(i).value(), i);
        }
    }

    private void drafted(BidDrafted e) {
        var id = e.bidId().value();
        jdbc.update("delete from funding_bid where id = ?", id);
        jdbc.update("""
                        insert into funding_bid (id, opportunity_id, funder, title, lead, amount_requested, status,
                          drafted_on) values (?, ?, ?, ?, ?, ?, ?, ?)""", id,
                e.fundingOpportunityId().value(), e.funder().value(), e.title(), e.lead().value(),
                e.amountRequested().value(), BidStatus.DRAFT.name(), e.happenedOn());
        partners(id, e.partners());
    }

    private void partners(java.util.UUID bidId, List<OrganisationId> partners) {
        jdbc.update("delete from funding_bid_partner where bid_id = ?", bidId);
        for (int i = 0; i < partners.size(); i++) {
            jdbc.update("insert into funding_bid_partner (bid_id, organisation_id, position) values (?, ?, ?)", bidId,
                    partners.get(i).value(), i);
        }
    }

    private void decided(BidDecided e) {
        var id = e.bidId().value();
        jdbc.update("delete from funding_decision_person where bid_id = ? and decision_number = ?", id,
                e.decisionNumber());
        jdbc.update("delete from funding_decision where bid_id = ? and decision_number = ?", id, e.decisionNumber());
        jdbc.update("""
                        insert into funding_decision (bid_id, decision_number, outcome, amount, decision_maker, notes,
                          decided_on) values (?, ?, ?, ?, ?, ?, ?)""", id, e.decisionNumber(), e.outcome().name(),
                e.amount().value(), e.decisionMaker().value(), e.notes(), e.happenedOn());
        List<PersonId> people = e.decidedBy();
        for (int i = 0; i < people.size(); i++) {
            jdbc.update("""
                    insert into funding_decision_person (bid_id, decision_number, person_id, position)
                    values (?, ?, ?, ?)""", id, e.decisionNumber(), people.get(i).value(), i);
        }
        jdbc.update("update funding_bid set status = ? where id = ?", BidStatus.of(e.outcome()).name(), id);
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"funding_decision_person", "funding_decision", "funding_bid_partner",
                "funding_bid", "funding_opportunity_place", "funding_opportunity"}) {
            jdbc.update("delete from " + table);
        }
    }
}
