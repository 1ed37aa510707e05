package org.irrigate.influence.conversation;

import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.irrigate.influence.support.Rules;

/**
 * What makes a conversation well formed. The aggregate applies these before anything is recorded, and the
 * spreadsheet import applies the same ones to every row in a dry run, so both refuse exactly the same things.
 */
final class ConversationRules {
    static final int TOPIC_LENGTH = 200;
    static final int SUMMARY_LENGTH = 4000;
    static final int ASK_LENGTH = 500;
    static final int MAX_ASKS = 10;
    static final int MAX_PARTICIPANTS = 50;
    static final int ACTION_LENGTH = 500;
    static final int MAX_FOLLOW_UPS = 20;
    static final int NOTE_LENGTH = 1000;

    private ConversationRules() {
    }

    /** The event a valid log command records, or the first rule it breaks. */
    static ConversationLogged logged(LogConversation command) {
        requirePresent(command.conversationId(), "conversationId");
        requirePresent(command.loggedBy(), "loggedBy");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        ConversationDetails details = details(command.details());
        Visibility visibility = requirePresent(command.visibility(), "visibility");
        return new ConversationLogged(command.conversationId(), command.loggedBy(), on, details,
                followUps(command.followUps(), on), visibility);
    }

    static ConversationDetails details(ConversationDetails details) {
        requirePresent(details, "details");
        List<Party> participants = Rules.distinct(details.participants(), "participants", MAX_PARTICIPANTS);
        require(!participants.isEmpty(), "participants", "must name at least one person or organisation");
        Channel channel = requirePresent(details.channel(), "channel");
        String topic = requireText(details.topic(), "topic", TOPIC_LENGTH);
        String summary = Rules.optionalText(details.summary(), "summary", SUMMARY_LENGTH);
        List<String> asks = new ArrayList<>();
        for (String ask : details.asks() == null ? List.<String>of() : details.asks()) {
            asks.add(requireText(ask, "asks", ASK_LENGTH));
        }
        require(asks.size() <= MAX_ASKS, "asks", "must hold at most " + MAX_ASKS + " asks");
        Set<OutcomeArea> areas = Set.copyOf(Rules.distinct(details.outcomeAreas(), "outcomeAreas",
                OutcomeArea.values().length));
        return new ConversationDetails(participants, details.place(), channel, topic, summary, List.copyOf(asks),
                areas);
    }

    static List<FollowUp> followUps(List<NewFollowUp> requested, LocalDate conversationOn) {
        List<NewFollowUp> list = requested == null ? List.of() : requested;
        require(list.size() <= MAX_FOLLOW_UPS, "followUps", "must hold at most " + MAX_FOLLOW_UPS + " follow-ups");
        List<FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            followUps.add(followUp(list.get(i), i + 1, conversationOn, "followUps[" + i + "]"));
        }
        return List.copyOf(followUps);
    }

    static FollowUp followUp(NewFollowUp requested, int number, LocalDate conversationOn, String field) {
        requirePresent(requested, field);
        String action = requireText(requested.action(), field + ".action", ACTION_LENGTH);
        Party owner = requirePresent(requested.owner(), field + ".owner");
        LocalDate due = requirePresent(requested.dueOn(), field + ".dueOn");
        require(!due.isBefore(conversationOn), field + ".dueOn",
                "must not be before the conversation (" + conversationOn + ")");
        return new FollowUp(number, action, owner, due);
    }
}
