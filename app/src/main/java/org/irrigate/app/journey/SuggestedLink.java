package org.irrigate.app.journey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.app.journey.SuggestionCommand.DismissSuggestedLink;
import org.irrigate.app.journey.SuggestionCommand.ReconsiderSuggestedLink;
import org.irrigate.app.journey.SuggestionEvent.SuggestedLinkDismissed;
import org.irrigate.app.journey.SuggestionEvent.SuggestedLinkReconsidered;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;

/**
 * A suggested link someone has judged. Suggestions themselves are computed, never stored; only a dismissal (and
 * its reconsideration) is a fact, so a dismissed candidate stays out of the list until someone brings it back.
 */
@Aggregate
public class SuggestedLink {
    static final int REASON_LENGTH = 1000;

    @AggregateIdentifier
    private SuggestionId suggestionId;
    private ConversationId conversationId;
    private BidId bidId;
    private OrganisationId privateTo;
    private boolean dismissed;

    protected SuggestedLink() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DismissSuggestedLink command) {
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        requirePresent(command.conversationId(), "conversationId");
        requirePresent(command.bidId(), "bidId");
        requirePresent(command.happenedOn(), "happenedOn");
        InvalidInputException.require(command.suggestionId().equals(SuggestionId.of(command.conversationId(),
                command.bidId())), "suggestionId", "does not name this conversation and decision");
        check(!dismissed, "The suggestion has already been dismissed");
        apply(new SuggestedLinkDismissed(command.suggestionId(), command.conversationId(), command.bidId(),
                command.privateTo(), command.dismissedBy(), reason, command.happenedOn()));
    }

    @CommandHandler
    void handle(ReconsiderSuggestedLink command) {
        String reason = requireText(command.reason(), "reason", REASON_LENGTH);
        requirePresent(command.happenedOn(), "happenedOn");
        check(dismissed, "The suggestion is not dismissed");
        apply(new SuggestedLinkReconsidered(suggestionId, conversationId, bidId, privateTo, reason,
                command.happenedOn()));
    }

    @EventSourcingHandler
    void on(SuggestedLinkDismissed event) {
        suggestionId = event.suggestionId();
        conversationId = event.conversationId();
        bidId = event.bidId();
        privateTo = event.privateTo();
        dismissed = true;
    }

    @EventSourcingHandler
    void on(SuggestedLinkReconsidered event) {
        dismissed = false;
    }
}
