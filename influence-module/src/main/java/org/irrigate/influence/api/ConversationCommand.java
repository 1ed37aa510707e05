package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;

/**
 * What can be asked of a conversation. {@code loggedBy} is a domain fact (whose conversation it is, and so who may
 * see a private one), set by the REST layer from the signed-in partner; who recorded it is audit metadata.
 */
public sealed interface ConversationCommand {
    ConversationId conversationId();

    record LogConversation(@TargetAggregateIdentifier ConversationId conversationId, OrganisationId loggedBy,
                           LocalDate happenedOn, ConversationDetails details, List<NewFollowUp> followUps,
                           Visibility visibility) implements ConversationCommand {
    }

    /** Replaces what the conversation was with a corrected whole; the reason says what was wrong. */
    record AmendConversation(@TargetAggregateIdentifier ConversationId conversationId, LocalDate happenedOn,
                             ConversationDetails details, String reason) implements ConversationCommand {
    }

    record RetractConversation(@TargetAggregateIdentifier ConversationId conversationId, String reason,
                               LocalDate happenedOn) implements ConversationCommand {
    }

    record AddFollowUp(@TargetAggregateIdentifier ConversationId conversationId, NewFollowUp followUp,
                       LocalDate happenedOn) implements ConversationCommand {
    }

    /** {@code completedBy}: the partner who did it, set by the REST layer from the signed-in partner. */
    record CompleteFollowUp(@TargetAggregateIdentifier ConversationId conversationId, int number,
                            OrganisationId completedBy, String note, LocalDate happenedOn)
            implements ConversationCommand {
    }

    record LinkFollowUpConversation(@TargetAggregateIdentifier ConversationId conversationId,
                                    ConversationId followUpConversationId, LocalDate happenedOn)
            implements ConversationCommand {
    }

    /**
     * A note about one of the people who took part, which the partner flags as being about them: it is sealed with
     * that person's key, so erasing the person erases the note.
     */
    record AddParticipantNote(@TargetAggregateIdentifier ConversationId conversationId, PersonId personId,
                              String note, LocalDate happenedOn) implements ConversationCommand {
    }
}
