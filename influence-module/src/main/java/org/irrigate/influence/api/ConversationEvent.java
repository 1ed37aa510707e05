package org.irrigate.influence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.SealedNote;
import org.irrigate.core.api.Subjects;

/**
 * What happened to a logged conversation. Every event carries the logging partner and, when the conversation is
 * private, {@code privateTo}: the timeline and every read model hide it from other partners.
 */
public sealed interface ConversationEvent extends InfluenceEvent {
    ConversationId conversationId();

    OrganisationId loggedBy();

    @Override
    default Subjects subjects() {
        return Subjects.of(loggedBy());
    }

    @Revision("1")
    record ConversationLogged(ConversationId conversationId, OrganisationId loggedBy, LocalDate happenedOn,
                              ConversationDetails details, List<FollowUp> followUps, Visibility visibility)
            implements ConversationEvent {
        @Override
        public OrganisationId privateTo() {
            return visibility == Visibility.PRIVATE ? loggedBy : null;
        }

        @Override
        public Subjects subjects() {
            return EventSubjects.plus(details.subjects().withOrganisations(loggedBy),
                    followUps.stream().map(FollowUp::owner).toArray(Party[]::new));
        }

        @Override
        public String summary() {
            return "Logged a " + details.channel().label() + " about " + details.topic();
        }
    }

    /** A correction: the whole of what the conversation was, as it should have been recorded, and why. */
    @Revision("1")
    record ConversationAmended(ConversationId conversationId, OrganisationId loggedBy, OrganisationId privateTo,
                               LocalDate happenedOn, ConversationDetails details, String reason)
            implements ConversationEvent {
        @Override
        public Subjects subjects() {
            return details.subjects().withOrganisations(loggedBy);
        }

        @Override
        public String summary() {
            return "Corrected a conversation about " + details.topic() + ": " + reason;
        }
    }

    @Revision("1")
    record ConversationRetracted(ConversationId conversationId, OrganisationId loggedBy, OrganisationId privateTo,
                                 String reason, LocalDate happenedOn) implements ConversationEvent {
        @Override
        public String summary() {
            return "Retracted a conversation: " + reason;
        }
    }

    @Revision("1")
    record FollowUpAdded(ConversationId conversationId, OrganisationId loggedBy, OrganisationId privateTo,
                         FollowUp followUp, LocalDate happenedOn) implements ConversationEvent {
        @Override
        public Subjects subjects() {
            return EventSubjects.plus(Subjects.of(loggedBy), followUp.owner());
        }

        @Override
        public String summary() {
            return "Added follow-up " + followUp.number() + " (due " + followUp.dueOn() + "): " + followUp.action();
        }
    }

    /**
     * Revision 2 names the partner who completed the follow-up: often not the one who logged the conversation, since
     * a follow-up's owner may be another partner. Revision 1 kept that only in the audit metadata
     * ({@code onBehalfOf}); its upcaster copies it from there.
     */
    @Revision("2")
    record FollowUpCompleted(ConversationId conversationId, OrganisationId loggedBy, OrganisationId privateTo,
                             int number, OrganisationId completedBy, String note, LocalDate happenedOn)
            implements ConversationEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(loggedBy).withOrganisations(completedBy);
        }

        @Override
        public String summary() {
            return "Completed follow-up " + number + " of a conversation" + (note == null ? "" : ": " + note);
        }
    }

    /** A later conversation that followed this one up, so the chain from first contact to decision is kept. */
    @Revision("1")
    record FollowUpConversationLinked(ConversationId conversationId, OrganisationId loggedBy,
                                      OrganisationId privateTo, ConversationId followUpConversationId,
                                      LocalDate happenedOn) implements ConversationEvent {
        @Override
        public String summary() {
            return "Linked a follow-up conversation";
        }
    }

    /**
     * A note about a participant, sealed with that person's key (decision 0004): nothing about the note but its
     * existence is readable without the key, and the summary never repeats it.
     */
    @Revision("1")
    record ParticipantNoteAdded(ConversationId conversationId, OrganisationId loggedBy, OrganisationId privateTo,
                                PersonId personId, SealedNote note, LocalDate happenedOn)
            implements ConversationEvent {
        @Override
        public Subjects subjects() {
            return Subjects.of(loggedBy).withPeople(personId);
        }

        @Override
        public String summary() {
            return "Added a sealed note about a participant";
        }
    }
}
