package org.irrigate.funding.money;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.funding.api.FundingEvent;
import org.irrigate.funding.api.FundingEvent.AwardAmended;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidRevised;
import org.irrigate.funding.api.FundingEvent.DisbursementRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Awards as they stand, with their schedules, amendments and payments, plus the few bid and fund facts the money
 * views join to (programme, bid partners, amount applied for). Writes are idempotent: an event delivered twice
 * leaves the same rows; no row is copied from another aggregate's rows, since segments run in parallel.
 */
@Component
@ProcessingGroup(MoneyProjection.PROCESSING_GROUP)
class MoneyProjection {
    static final String PROCESSING_GROUP = "funding-money";

    private final JdbcTemplate jdbc;

    MoneyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundingEvent event, EventMessage<?> message, @SequenceNumber Long sequence) {
        switch (event) {
            case FundingOpportunityRecorded e -> {
                jdbc.update("delete from funding_money_programme where opportunity_id = ?",
                        e.fundingOpportunityId().value());
                jdbc.update("insert into funding_money_programme (opportunity_id, programme) values (?, ?)",
                        e.fundingOpportunityId().value(), e.programme());
            }
            case BidDrafted e -> {
                jdbc.update("delete from funding_money_bid where bid_id = ?", e.bidId().value());
                jdbc.update("""
                                insert into funding_money_bid (bid_id, opportunity_id, lead, amount_requested)
                                values (?, ?, ?, ?)""", e.bidId().value(), e.fundingOpportunityId().value(),
                        e.lead().value(), e.amountRequested().value());
                partners(e.bidId().value(), e.partners());
            }
            case BidRevised e -> {
                jdbc.update("update funding_money_bid set amount_requested = ? where bid_id = ?",
                        e.amountRequested().value(), e.bidId().value());
                partners(e.bidId().value(), e.partners());
            }
            case AwardRecorded e -> recorded(e, recordedAt(message));
            case AwardAmended e -> amended(e, sequence, recordedAt(message));
            case DisbursementRecorded e -> paid(e, recordedAt(message));
            default -> {
                // the pipeline and contribution claims have their own read models
            }
        }
    }

    private void partners(UUID bidId, List<OrganisationId> partners) {
        jdbc.update("delete from funding_money_bid_partner where bid_id = ?", bidId);
        for (int i = 0; i < partners.size(); i++) {
            jdbc.update("insert into funding_money_bid_partner (bid_id, organisation_id, position) values (?, ?, ?)",
                    bidId, partners.get(i).value(), i);
        }
    }

    private void recorded(AwardRecorded e, Timestamp at) {
        UUID id = e.awardId().value();
        for (String table : new String[] {"funding_award_recipient", "funding_award_place", "funding_schedule_part"}) {
            jdbc.update("delete from " + table + " where award_id = ?", id);
        }
        jdbc.update("delete from funding_award where id = ?", id);
        jdbc.update("""
                        insert into funding_award (id, bid_id, funder, title, description, total, awarded_on,
                          last_modified) values (?, ?, ?, ?, ?, ?, ?, ?)""", id,
                e.bidId() == null ? null : e.bidId().value(), e.funder().value(), e.title(), e.description(),
                e.total().value(), e.happenedOn(), at);
        List<Recipient> recipients = e.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            jdbc.update("insert into funding_award_recipient (award_id, organisation_id, host, position) values (?, ?, ?, ?)",
                    id, r.organisation().value(), r.host() == null ? null : r.host().value(), i);
        }
        for (int i = 0; i < e.places().size(); i++) {
            jdbc.update("insert into funding_award_place (award_id, place_code, position) values (?, ?, ?)", id,
                    e.places().get(i).value(), i);
        }
        schedule(id, e.schedule());
    }

    private void schedule(UUID awardId, List<SchedulePart> parts) {
        jdbc.update("delete from funding_schedule_part where award_id = ?", awardId);
        for (int i = 0; i < parts.size(); i++) {
            SchedulePart p = parts.get(i);
            jdbc.update("""
                            insert into funding_schedule_part (award_id, part_key, label, recipient, starts_on, ends_on,
                              amount, position) values (?, ?, ?, ?, ?, ?, ?, ?)""", awardId, p.key(), p.label(),
                    p.recipient().value(), p.from(), p.to(), p.amount().value(), i);
        }
    }

    private void amended(AwardAmended e, Long sequence, Timestamp at) {
        UUID id = e.awardId().value();
        jdbc.update("update funding_award set total = ?, last_modified = ? where id = ?", e.total().value(), at, id);
        schedule(id, e.schedule());
        jdbc.update("delete from funding_award_amendment where award_id = ? and sequence_number = ?", id, sequence);
        jdbc.update("""
                        insert into funding_award_amendment (award_id, sequence_number, previous_total, total, reason,
                          amended_on) values (?, ?, ?, ?, ?, ?)""", id, sequence, e.previousTotal().value(),
                e.total().value(), e.reason(), e.happenedOn());
    }

    private void paid(DisbursementRecorded e, Timestamp at) {
        jdbc.update("delete from funding_disbursement where id = ?", e.disbursementId().value());
        jdbc.update("""
                        insert into funding_disbursement (id, award_id, part_key, recipient, paid_to, amount, reference,
                          paid_on) values (?, ?, ?, ?, ?, ?, ?, ?)""", e.disbursementId().value(),
                e.awardId().value(), e.part(), e.recipient().value(), e.paidTo().value(), e.amount().value(),
                e.reference(), e.happenedOn());
        jdbc.update("update funding_award set last_modified = ? where id = ?", at, e.awardId().value());
    }

    /** Record time, not storage time: back-filled history keeps the time the network says it learnt of it. */
    private static Timestamp recordedAt(EventMessage<?> message) {
        Instant at = AuditMetadata.from(message.getMetaData()).recordedAt();
        return Timestamp.from(at != null ? at : message.getTimestamp());
    }

    @ResetHandler
    void reset() {
        for (String table : new String[] {"funding_award_amendment", "funding_disbursement", "funding_schedule_part",
                "funding_award_place", "funding_award_recipient", "funding_award", "funding_money_bid_partner",
                "funding_money_bid", "funding_money_programme"}) {
            jdbc.update("delete from " + table);
        }
    }
}
