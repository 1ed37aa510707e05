package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.FundingCommand.DraftBid;

/**
 * The "draft a bid" form as typed: which fund, what for, who leads and who partners, how much (in pounds, read
 * exactly into pence). Read into the funding module's {@link DraftBid}, whose rules (within the fund's pot, the lead
 * not also a partner) speak next to their fields.
 */
public record BidForm(String fundingOpportunity, String title, String lead, List<String> partners,
                      String amountRequested, String happenedOn) {

    static final Map<String, String> LABELS = orderedLabels();

    /** What the funding module calls these fields. */
    static final Map<String, String> ALIASES = Map.of("fundingOpportunityId", "fundingOpportunity");

    public BidForm {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    private static Map<String, String> orderedLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("fundingOpportunity", "Fund");
        labels.put("title", "Title");
        labels.put("lead", "Lead organisation");
        labels.put("partners", "Partners");
        labels.put("amountRequested", "Amount asked for");
        labels.put("happenedOn", "Date drafted");
        return java.util.Collections.unmodifiableMap(labels);
    }

    static BidForm blank(LocalDate today, SignedIn me) {
        return new BidForm("", "", me.actsForNetwork() ? "" : me.organisation().toString(), List.of(), "",
                today.toString());
    }

    /** The command asked for, or null with every unreadable field noted in {@code errors}. */
    DraftBid read(BidId id, FormErrors errors) {
        FundingOpportunityId fund = fundingOpportunity == null || fundingOpportunity.isBlank() ? null
                : errors.collect("fundingOpportunity", () -> FundingOpportunityId.of(fundingOpportunity.strip()));
        OrganisationId leader = errors.organisation("lead", lead);
        List<OrganisationId> with = errors.organisations("partners", partners);
        Pence amount = errors.money("amountRequested", amountRequested);
        LocalDate on = errors.happenedOn("happenedOn", happenedOn);
        // The module's first rules, checked together so every missing answer shows at once.
        if (fund == null && !errors.has("fundingOpportunity")) {
            errors.add("fundingOpportunity", "is required");
        }
        if (title == null || title.isBlank()) {
            errors.add("title", "must not be blank");
        }
        if (leader == null && !errors.has("lead")) {
            errors.add("lead", "is required");
        }
        if (amount == null && !errors.has("amountRequested")) {
            errors.add("amountRequested", "is required");
        }
        return errors.any() ? null : new DraftBid(id, fund, title, leader, with, amount, on);
    }
}
