package org.irrigate.influence.query;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.ConversationEvent.ParticipantNoteAdded;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.irrigate.influence.api.Party;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The conversation log: every conversation as it now stands (corrections applied, retractions marked), its
 * follow-ups and the conversations that followed it up. Each row remembers the last event applied, so an event
 * delivered twice changes nothing.
 */
@Component
@ProcessingGroup(ConversationLog.PROCESSING_GROUP)
class ConversationLog {
    static final String PROCESSING_GROUP = "conversation-log";
    private static final ReadModelTables TABLES = new ReadModelTables("influence_conversation", "conversation_id",
            List.of("influence_follow_up", "influence_conversation_link", "influence_conversation_area",
                    "influence_conversation_ask", "influence_conversation_party", PersonNotes.CONVERSATION_NOTES));

    private final JdbcTemplate jdbc;
    private final ConversationReader reader;

    ConversationLog(JdbcTemplate jdbc, ConversationReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    @EventHandler
    void on(ConversationLogged event, @SequenceNumber long seq) {
        UUID id = event.conversationId().value();
        TABLES.forget(jdbc, id);
        ConversationDetails details = event.details();
        jdbc.update("""
                        insert into influence_conversation (id, logged_by, happened_on, place_code, channel, topic, summary,
                          visibility, private_to, search_text, corrections, retracted, last_seq)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false, ?)""",
                id, event.loggedBy().value(), event.happenedOn(), place(details), details.channel().name(),
                details.topic(), details.summary(), event.visibility().name(),
                event.privateTo() == null ? null : event.privateTo().value(), searchText(details), seq);
        writeDetails(id, details);
        event.followUps().forEach(followUp -> insert(id, followUp));
    }

    @EventHandler
    void on(ConversationAmended event, @SequenceNumber long seq) {
        UUID id = event.conversationId().value();
        ConversationDetails details = event.details();
        int changed = jdbc.update("""
                        update influence_conversation set happened_on = ?, place_code = ?, channel = ?, topic = ?,
                          summary = ?, search_text = ?, corrections = corrections + 1, last_correction = ?, last_seq = ?
                        where id = ? and last_seq < ?""",
                event.happenedOn(), place(details), details.channel().name(), details.topic(), details.summary(),
                searchText(details), event.reason(), seq, id, seq);
        if (changed > 0) {
            jdbc.update("delete from influence_conversation_party where conversation_id = ?", id);
            jdbc.update("delete from influence_conversation_ask where conversation_id = ?", id);
            jdbc.update("delete from influence_conversation_area where conversation_id = ?", id);
            writeDetails(id, details);
        }
    }

    @EventHandler
    void on(ConversationRetracted event, @SequenceNumber long seq) {
        jdbc.update("""
                update influence_conversation set retracted = true, retraction_reason = ?, last_seq = ?
                where id = ? and last_seq < ?""", event.reason(), seq, event.conversationId().value(), seq);
    }

    @EventHandler
    void on(FollowUpAdded event, @SequenceNumber long seq) {
        if (advance(event.conversationId().value(), seq)) {
            insert(event.conversationId().value(), event.followUp());
        }
    }

    @EventHandler
    void on(FollowUpCompleted event, @SequenceNumber long seq) {
        if (advance(event.conversationId().value(), seq)) {
            jdbc.update("""
                            update influence_follow_up set completed_on = ?, completed_by = ?, completion_note = ?
                            where conversation_id = ? and follow_up_number = ?""",
                    event.happenedOn(), event.completedBy().value(), event.note(), event.conversationId().value(), event.number());
        }
    }

    @EventHandler
    void on(FollowUpConversationLinked event, @SequenceNumber long seq) {
        if (advance(event.conversationId().value(), seq)) {
            jdbc.update("""
                            insert into influence_conversation_link (conversation_id, follow_up_conversation_id, linked_on)
                            values (?, ?, ?)""",
                    event.conversationId().value(), event.followUpConversationId().value(), event.happenedOn());
        }
    }

    /** Kept sealed, as the event has it: {@link PersonNotes} opens it when read, while the person's key exists. */
    @EventHandler
    void on(ParticipantNoteAdded event, @SequenceNumber long seq) {
        if (advance(event.conversationId().value(), seq)) {
            jdbc.update("""
                            insert into influence_conversation_note (conversation_id, seq, person_id, happened_on,
                              sealed_note) values (?, ?, ?, ?, ?)""",
                    event.conversationId().value(), seq, event.personId().value(), event.happenedOn(),
                    event.note().ciphertext());
        }
    }

    @ResetHandler
    void reset() {
        TABLES.clear(jdbc);
    }

    @QueryHandler
    List<ConversationView> handle(FindConversations query) {
        return reader.find(query);
    }

    @QueryHandler
    ConversationView handle(FindConversation query) {
        return reader.one(query.conversationId().value(), query.viewer());
    }

    @QueryHandler
    List<FollowUpView> handle(FindFollowUps query) {
        return reader.followUps(query);
    }

    /** Moves the row's last applied event forward; false when this event was applied before. */
    private boolean advance(UUID id, long seq) {
        return jdbc.update("update influence_conversation set last_seq = ? where id = ? and last_seq < ?", seq, id, seq) > 0;
    }

    private void writeDetails(UUID id, ConversationDetails details) {
        List<Party> participants = details.participants();
        for (int i = 0; i < participants.size(); i++) {
            Party party = participants.get(i);
            jdbc.update("""
                    insert into influence_conversation_party (conversation_id, party_kind, party_id, party_order)
                    values (?, ?, ?, ?)""", id, Rows.kind(party), party.id(), i);
        }
        for (int i = 0; i < details.asks().size(); i++) {
            jdbc.update("insert into influence_conversation_ask (conversation_id, ask_order, ask) values (?, ?, ?)",
                    id, i, details.asks().get(i));
        }
        for (OutcomeArea area : details.outcomeAreas()) {
            jdbc.update("insert into influence_conversation_area (conversation_id, outcome_area) values (?, ?)",
                    id, area.name());
        }
    }

    private void insert(UUID conversationId, FollowUp followUp) {
        jdbc.update("""
                        insert into influence_follow_up (conversation_id, follow_up_number, action_text, owner_kind,
                          owner_id, due_on) values (?, ?, ?, ?, ?, ?)""",
                conversationId, followUp.number(), followUp.action(), Rows.kind(followUp.owner()),
                followUp.owner().id(), followUp.dueOn());
    }

    private static String place(ConversationDetails details) {
        return details.place() == null ? null : details.place().value();
    }

    /** What text search looks through: the topic, the summary and every ask, in lower case. */
    private static String searchText(ConversationDetails details) {
        return Stream.concat(Stream.of(details.topic(), details.summary()), details.asks().stream())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }
}
