package org.irrigate.funding.award;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.funding.facts.Rules.TEXT_LENGTH;
import static org.irrigate.funding.facts.Rules.distinct;
import static org.irrigate.funding.facts.Rules.notBefore;
import static org.irrigate.funding.facts.Rules.optionalText;
import static org.irrigate.funding.facts.Rules.positive;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand.AmendAward;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingEvent.AwardAmended;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.DisbursementRecorded;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.funding.facts.FundingFacts;

/**
 * Money awarded and how it is paid: a total, a schedule whose parts add up to it exactly, amendments, and payments
 * against the parts. No part is ever paid more than it holds, so the award as a whole is never over-paid either.
 */
@Aggregate
public class Award {
    /** 360Giving asks for grant titles under 140 characters; the export uses the award's title. */
    static final int TITLE_LENGTH = 140;

    @AggregateIdentifier
    private AwardId awardId;
    private String title;
    private OrganisationId funder;
    private LocalDate awardedOn;
    private Map<OrganisationId, Recipient> recipients;
    private Pence total;
    private Map<String, SchedulePart> parts = new LinkedHashMap<>();
    private Map<String, Pence> paid = new HashMap<>();
    private Set<DisbursementId> disbursements = new HashSet<>();

    protected Award() {
        // for Axon
    }

    @CommandHandler
    public Award(RecordAward command, FundingFacts facts) {
        String title = requireText(command.title(), "title", TITLE_LENGTH);
        String description = optionalText(command.description(), "description", TEXT_LENGTH);
        Pence total = positive(command.total(), "total");
        List<Recipient> recipients = recipients(command.recipients(), facts);
        List<SchedulePart> schedule = Schedule.check(command.schedule(), total, paidFor(recipients));
        List<PlaceCode> places = distinct(command.places(), "places");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        OrganisationId funder = funder(command, total, facts);
        apply(new AwardRecorded(command.awardId(), command.bidId(), funder, title, description, recipients, total,
                schedule, places, on));
    }

    /** With a bid, the award follows its standing decision: something was given, this much, by this funder. */
    private static OrganisationId funder(RecordAward command, Pence total, FundingFacts facts) {
        BidId bidId = command.bidId();
        if (bidId == null) {
            return requirePresent(command.funder(), "funder");
        }
        FundingFacts.Bid bid = facts.bid(bidId).orElseThrow(() -> new NotFoundException("Bid", bidId));
        require(command.funder() == null || command.funder().equals(bid.funder()), "funder",
                "must be the funder of the bid's fund, or left out");
        check(bid.outcome() != null && bid.outcome().fundsSomething(),
                "Only a bid whose decision awarded something can lead to an award; this bid has "
                        + (bid.outcome() == null ? "no standing decision" : "been declined"));
        require(total.equals(bid.decidedAmount()), "total",
                "must equal the amount decided on the bid (" + bid.decidedAmount().formatted() + ")");
        return bid.funder();
    }

    private static List<Recipient> recipients(List<Recipient> given, FundingFacts facts) {
        List<Recipient> list = distinct(given, "recipients");
        require(!list.isEmpty(), "recipients", "must name at least one recipient");
        Set<OrganisationId> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "recipients[" + i + "]";
            Recipient recipient = list.get(i);
            OrganisationId organisation = requirePresent(recipient.organisation(), field + ".organisation");
            require(seen.add(organisation), field + ".organisation", "is named twice");
            boolean unconstituted = facts.organisationKind(organisation)
                    .map(kind -> kind == OrganisationKind.UNCONSTITUTED_GROUP).orElse(false);
            if (recipient.host() == null) {
                require(!unconstituted, field + ".host",
                        "is required: an unconstituted group can only be funded through a host organisation");
            } else {
                require(!recipient.host().equals(organisation), field + ".host", "must be another organisation");
                require(facts.organisationKind(recipient.host()).map(k -> k != OrganisationKind.UNCONSTITUTED_GROUP)
                        .orElse(true), field + ".host", "must be able to hold money: not an unconstituted group");
            }
        }
        return list;
    }

    private static Set<OrganisationId> paidFor(List<Recipient> recipients) {
        Set<OrganisationId> ids = new HashSet<>();
        recipients.forEach(r -> ids.add(r.organisation()));
        return ids;
    }

    @CommandHandler
    void handle(AmendAward command) {
        Pence newTotal = positive(command.total(), "total");
        List<SchedulePart> schedule = Schedule.check(command.schedule(), newTotal, recipients.keySet());
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        notBefore(on, awardedOn, "happenedOn", "the award date");
        Map<String, SchedulePart> amended = new HashMap<>();
        schedule.forEach(part -> amended.put(part.key(), part));
        paid.forEach((key, already) -> {
            SchedulePart part = amended.get(key);
            check(part != null, "Part " + key + " has payments (" + already.formatted() + ") and cannot be removed");
            check(part.amount().compareTo(already) >= 0, "Part " + key + " cannot be less than the "
                    + already.formatted() + " already paid against it");
            check(part.recipient().equals(parts.get(key).recipient()),
                    "Part " + key + " has payments, so its recipient cannot change");
        });
        check(!newTotal.equals(total) || !schedule.equals(List.copyOf(parts.values())), "The amendment changes nothing");
        apply(new AwardAmended(awardId, title, funder, total, newTotal, schedule, reason, on));
    }

    @CommandHandler
    void handle(RecordDisbursement command) {
        DisbursementId id = requirePresent(command.disbursementId(), "disbursementId");
        String key = requireText(command.part(), "part", 40);
        Pence amount = positive(command.amount(), "amount");
        String reference = optionalText(command.reference(), "reference", 200);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        SchedulePart part = parts.get(key);
        require(part != null, "part", "is not a part of this award's schedule; parts are " + parts.keySet());
        notBefore(on, awardedOn, "happenedOn", "the award date");
        check(!disbursements.contains(id), "Disbursement " + id + " is already recorded");
        Pence remainingOnPart = part.amount().minus(paidOn(key));
        check(amount.compareTo(remainingOnPart) <= 0, "Paying " + amount.formatted() + " would over-pay part " + key
                + ": only " + remainingOnPart.formatted() + " of it remains");
        Pence remainingOnAward = total.minus(paidInTotal()).minus(amount);
        apply(new DisbursementRecorded(awardId, id, title, key, funder, part.recipient(),
                recipients.get(part.recipient()).paidTo(), amount, remainingOnPart.minus(amount), remainingOnAward,
                reference, on));
    }

    private Pence paidOn(String key) {
        return paid.getOrDefault(key, Pence.ZERO);
    }

    private Pence paidInTotal() {
        return paid.values().stream().reduce(Pence.ZERO, Pence::plus);
    }

    @EventSourcingHandler
    void on(AwardRecorded event) {
        awardId = event.awardId();
        title = event.title();
        funder = event.funder();
        awardedOn = event.happenedOn();
        recipients = new LinkedHashMap<>();
        event.recipients().forEach(r -> recipients.put(r.organisation(), r));
        total = event.total();
        event.schedule().forEach(part -> parts.put(part.key(), part));
    }

    @EventSourcingHandler
    void on(AwardAmended event) {
        total = event.total();
        parts = new LinkedHashMap<>();
        event.schedule().forEach(part -> parts.put(part.key(), part));
    }

    @EventSourcingHandler
    void on(DisbursementRecorded event) {
        paid.merge(event.part(), event.amount(), Pence::plus);
        disbursements.add(event.disbursementId());
    }
}
