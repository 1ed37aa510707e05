package org.irrigate.funding.facts;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidDrafted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRecorded;
import org.irrigate.funding.api.FundingEvent.FundingOpportunityRevised;
import org.springframework.stereotype.Component;

/** Folds the few facts the rules need out of another aggregate's own event stream. */
@Component
class EventStoreFundingFacts implements FundingFacts {
    private final EventStore events;

    EventStoreFundingFacts(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Opportunity> opportunity(FundingOpportunityId id) {
        return Optional.ofNullable(fold(id, null, EventStoreFundingFacts::opportunity));
    }

    @Override
    public Optional<Bid> bid(BidId id) {
        return Optional.ofNullable(fold(id, null, EventStoreFundingFacts::bid));
    }

    @Override
    public Optional<OrganisationKind> organisationKind(OrganisationId id) {
        return Optional.ofNullable(fold(id, null, (kind, event) -> switch (event) {
            case OrganisationRegistered e -> e.kind();
            case OrganisationKindChanged e -> e.kind();
            default -> kind;
        }));
    }

    private static Opportunity opportunity(Opportunity found, Object event) {
        return switch (event) {
            case FundingOpportunityRecorded e -> new Opportunity(e.funder(), e.programme(), e.totalPot(), e.closesOn());
            case FundingOpportunityRevised e -> new Opportunity(e.funder(), e.programme(), e.totalPot(), e.closesOn());
            default -> found;
        };
    }

    /** A reopened or withdrawn bid has no standing decision until the next one is recorded. */
    private static Bid bid(Bid found, Object event) {
        return switch (event) {
            case BidDrafted e -> new Bid(e.funder(), e.lead(), null, null);
            case BidDecided e -> new Bid(e.funder(), e.lead(), e.outcome(), e.amount());
            case DecisionReopened e -> new Bid(e.funder(), e.lead(), null, null);
            case BidWithdrawn e -> new Bid(e.funder(), e.lead(), null, null);
            default -> found;
        };
    }

    private <T> T fold(Object aggregateId, T initial, BiFunction<T, Object, T> step) {
        T state = initial;
        for (Object event : (Iterable<Object>) stream(aggregateId)::iterator) {
            state = step.apply(state, event);
        }
        return state;
    }

    private Stream<Object> stream(Object aggregateId) {
        return events.readEvents(aggregateId.toString()).asStream().map(Message::getPayload);
    }
}
