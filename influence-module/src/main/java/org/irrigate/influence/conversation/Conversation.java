package org.irrigate.influence.conversation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.influence.api.ConversationCommand.AddFollowUp;
import org.irrigate.influence.api.ConversationCommand.AddParticipantNote;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationCommand.RetractConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.ConversationEvent.ParticipantNoteAdded;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.support.Rules;

/**
 * A logged conversation. It is never overwritten: a correction is an amendment with a reason, a mistake is
 * retracted with a reason, and a retracted conversation takes no further changes. Its privacy is fixed when logged,
 * so every later event says the same {@code privateTo}.
 */
@Aggregate
public class Conversation {
    @AggregateIdentifier
    private ConversationId conversationId;
    private OrganisationId loggedBy;
    private OrganisationId privateTo;
    private LocalDate happenedOn;
    private ConversationDetails details;
    /** follow-up number → completed */
    private final Map<Integer, Boolean> followUps = new HashMap<>();
    private final Set<ConversationId> linked = new HashSet<>();
    private boolean retracted;

    protected Conversation() {
        // for Axon
    }

    @CommandHandler
    public Conversation(LogConversation command) {
        apply(ConversationRules.logged(command));
    }

    @CommandHandler
    void handle(AmendConversation command) {
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        ConversationDetails corrected = ConversationRules.details(command.details());
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        requireNotRetracted();
        check(!(on.equals(happenedOn) && corrected.equals(details)), "The correction changes nothing");
        apply(new ConversationAmended(conversationId, loggedBy, privateTo, on, corrected, reason));
    }

    @CommandHandler
    void handle(RetractConversation command) {
        String reason = requireText(command.reason(), "reason", Rules.REASON_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        requireNotRetracted();
        apply(new ConversationRetracted(conversationId, loggedBy, privateTo, reason, on));
    }

    /** Answers the new follow-up's number, by which it is completed later. */
    @CommandHandler
    int handle(AddFollowUp command) {
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        FollowUp followUp = ConversationRules.followUp(command.followUp(), followUps.size() + 1, happenedOn,
                "followUp");
        require(followUps.size() < ConversationRules.MAX_FOLLOW_UPS, "followUp",
                "a conversation holds at most " + ConversationRules.MAX_FOLLOW_UPS + " follow-ups");
        requireNotRetracted();
        apply(new FollowUpAdded(conversationId, loggedBy, privateTo, followUp, on));
        return followUp.number();
    }

    @CommandHandler
    void handle(CompleteFollowUp command) {
        OrganisationId completedBy = requirePresent(command.completedBy(), "completedBy");
        String note = Rules.optionalText(command.note(), "note", ConversationRules.NOTE_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), happenedOn, "the conversation");
        requireNotRetracted();
        Boolean done = followUps.get(command.number());
        if (done == null) {
            throw new NotFoundException("Follow-up", command.number());
        }
        check(!done, "Follow-up " + command.number() + " has already been completed");
        apply(new FollowUpCompleted(conversationId, loggedBy, privateTo, command.number(), completedBy, note,
                on));
    }

    @CommandHandler
    void handle(LinkFollowUpConversation command) {
        ConversationId followUp = requirePresent(command.followUpConversationId(), "followUpConversationId");
        require(!followUp.equals(conversationId), "followUpConversationId", "must be another conversation");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        requireNotRetracted();
        check(!linked.contains(followUp), "That conversation is already linked as a follow-up");
        apply(new FollowUpConversationLinked(conversationId, loggedBy, privateTo, followUp, on));
    }

    /** The note is sealed here, with the person's key: its text reaches no event, table or log in the clear. */
    @CommandHandler
    void handle(AddParticipantNote command, PersonalDataVault vault) {
        PersonId person = requirePresent(command.personId(), "personId");
        String note = requireText(command.note(), "note", ConversationRules.NOTE_LENGTH);
        LocalDate on = Rules.notBefore(command.happenedOn(), happenedOn, "the conversation");
        require(details.participants().contains(Party.person(person)), "personId",
                "must be a person who took part in the conversation");
        requireNotRetracted();
        apply(new ParticipantNoteAdded(conversationId, loggedBy, privateTo, person, vault.sealNote(person, note), on));
    }

    private void requireNotRetracted() {
        check(!retracted, "The conversation has been retracted");
    }

    @EventSourcingHandler
    void on(ConversationLogged event) {
        conversationId = event.conversationId();
        loggedBy = event.loggedBy();
        privateTo = event.privateTo();
        happenedOn = event.happenedOn();
        details = event.details();
        event.followUps().forEach(f -> followUps.put(f.number(), false));
    }

    @EventSourcingHandler
    void on(ConversationAmended event) {
        happenedOn = event.happenedOn();
        details = event.details();
    }

    @EventSourcingHandler
    void on(ConversationRetracted event) {
        retracted = true;
    }

    @EventSourcingHandler
    void on(FollowUpAdded event) {
        followUps.put(event.followUp().number(), false);
    }

    @EventSourcingHandler
    void on(FollowUpCompleted event) {
        followUps.put(event.number(), true);
    }

    @EventSourcingHandler
    void on(FollowUpConversationLinked event) {
        linked.add(event.followUpConversationId());
    }
}
