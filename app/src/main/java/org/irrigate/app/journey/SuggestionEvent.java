package org.irrigate.app.journey;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Subjects;

/** A person's verdict on a suggested link between a conversation and a funding decision. */
public sealed interface SuggestionEvent extends NetworkEvent {
    SuggestionId suggestionId();

    ConversationId conversationId();

    BidId bidId();

    @Revision("1")
    record SuggestedLinkDismissed(SuggestionId suggestionId, ConversationId conversationId, BidId bidId,
                                  OrganisationId privateTo, OrganisationId dismissedBy, String reason,
                                  LocalDate happenedOn) implements SuggestionEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(dismissedBy);
        }

        @Override
        public String summary() {
            return "Dismissed a suggested link from a conversation to a funding decision: " + reason;
        }
    }

    @Revision("1")
    record SuggestedLinkReconsidered(SuggestionId suggestionId, ConversationId conversationId, BidId bidId,
                                     OrganisationId privateTo, String reason, LocalDate happenedOn)
            implements SuggestionEvent {
        @Override
        public Subjects subjects() {
            return Subjects.NONE;
        }

        @Override
        public String summary() {
            return "Reconsidered a dismissed link suggestion: " + reason;
        }
    }
}
