package org.irrigate.funding.facts;

import java.time.LocalDate;
import java.util.Optional;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.DecisionOutcome;

/**
 * What an aggregate's rules need to know about other records: a bid about its fund, an award about its bid's
 * decision, a recipient's kind. Injected into command handlers (Axon resolves the bean as a handler parameter) and
 * answered from the event store itself, never from a read model, so a record created a moment ago already counts.
 */
public interface FundingFacts {

    Optional<Opportunity> opportunity(FundingOpportunityId id);

    Optional<Bid> bid(BidId id);

    Optional<OrganisationKind> organisationKind(OrganisationId id);

    /** @param totalPot null when the size of the fund is not known */
    record Opportunity(OrganisationId funder, String programme, Pence totalPot, LocalDate closesOn) {
    }

    /** @param outcome the standing decision, or null while there is none (undecided, reopened or withdrawn) */
    record Bid(OrganisationId funder, OrganisationId lead, DecisionOutcome outcome, Pence decidedAmount) {
    }
}
