package org.irrigate.app.journey;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;

/**
 * What a person decides about a suggested link. Confirming one is not here: a confirmed suggestion becomes a
 * contribution claim (the funding module's {@code ClaimContribution}), the only thing that counts as a link.
 */
public sealed interface SuggestionCommand {
    SuggestionId suggestionId();

    /** @param privateTo the conversation's privacy, so the dismissal is seen only by those who see the conversation */
    record DismissSuggestedLink(@TargetAggregateIdentifier SuggestionId suggestionId, ConversationId conversationId,
                                BidId bidId, OrganisationId privateTo, OrganisationId dismissedBy, String reason,
                                LocalDate happenedOn) implements SuggestionCommand {
    }

    /** Brings a dismissed suggestion back, e.g. when new evidence turns up. */
    record ReconsiderSuggestedLink(@TargetAggregateIdentifier SuggestionId suggestionId, String reason,
                                   LocalDate happenedOn) implements SuggestionCommand {
    }
}
