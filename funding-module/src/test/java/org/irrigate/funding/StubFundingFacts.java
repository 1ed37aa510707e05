package org.irrigate.funding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.funding.facts.FundingFacts;

/** Facts a fixture test sets up by hand, standing in for other aggregates' event streams. */
public class StubFundingFacts implements FundingFacts {
    private final Map<FundingOpportunityId, Opportunity> opportunities = new HashMap<>();
    private final Map<BidId, Bid> bids = new HashMap<>();
    private final Map<OrganisationId, OrganisationKind> kinds = new HashMap<>();

    public StubFundingFacts with(FundingOpportunityId id, Opportunity opportunity) {
        opportunities.put(id, opportunity);
        return this;
    }

    public StubFundingFacts with(BidId id, Bid bid) {
        bids.put(id, bid);
        return this;
    }

    public StubFundingFacts with(OrganisationId id, OrganisationKind kind) {
        kinds.put(id, kind);
        return this;
    }

    @Override
    public Optional<Opportunity> opportunity(FundingOpportunityId id) {
        return Optional.ofNullable(opportunities.get(id));
    }

    @Override
    public Optional<Bid> bid(BidId id) {
        return Optional.ofNullable(bids.get(id));
    }

    @Override
    public Optional<OrganisationKind> organisationKind(OrganisationId id) {
        return Optional.ofNullable(kinds.get(id));
    }
}
