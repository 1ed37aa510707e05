package org.irrigate.influence.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.ConversationId;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionClosed;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionReopened;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.AdvocacyStatus;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The advocacy board: every action in its status column, with its history of steps, responses, outcomes and
 * closures. The status is worked out again from the history after each event, so replaying or redelivering
 * events always lands on the same board.
 */
@Component
@ProcessingGroup(AdvocacyBoardProjection.PROCESSING_GROUP)
class AdvocacyBoardProjection {
    static final String PROCESSING_GROUP = "advocacy-board";
    static final String STEP = "STEP";
    static final String RESPONSE = "RESPONSE";
    static final String OUTCOME = "OUTCOME";
    static final String CLOSED = "CLOSED";
    static final String REOPENED = "REOPENED";
    private static final ReadModelTables TABLES = new ReadModelTables("influence_advocacy_action",
            "advocacy_action_id", List.of("influence_advocacy_step_conversation", "influence_advocacy_entry",
                    "influence_advocacy_party"));

    private final JdbcTemplate jdbc;
    private final AdvocacyReader reader;

    AdvocacyBoardProjection(JdbcTemplate jdbc, AdvocacyReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    @EventHandler
    void on(AdvocacyActionStarted event) {
        UUID id = event.advocacyActionId().value();
        TABLES.forget(jdbc, id);
        jdbc.update("""
                        insert into influence_advocacy_action (id, ask, decision_at_stake, target_organisation, started_on,
                          status, steps, closed, has_outcome) values (?, ?, ?, ?, ?, ?, 0, false, false)""",
                id, event.ask(), event.decisionAtStake(), event.targetOrganisation().value(), event.happenedOn(),
                AdvocacyStatus.STARTED.name());
        event.advocates().forEach(a -> party(id, "ADVOCATE", a.value()));
        event.targetPeople().forEach(p -> party(id, "TARGET_PERSON", p.value()));
    }

    @EventHandler
    void on(AdvocacyStepTaken event, @SequenceNumber long seq) {
        UUID id = event.advocacyActionId().value();
        if (entry(id, seq, STEP, event.happenedOn(), event.number(), event.kind().name(), event.description())) {
            List<ConversationId> conversations = event.conversations();
            for (int i = 0; i < conversations.size(); i++) {
                jdbc.update("""
                        insert into influence_advocacy_step_conversation (advocacy_action_id, seq, link_order,
                          conversation_id) values (?, ?, ?, ?)""", id, seq, i, conversations.get(i).value());
            }
        }
        refresh(id);
    }

    @EventHandler
    void on(AdvocacyResponseRecorded event, @SequenceNumber long seq) {
        UUID id = event.advocacyActionId().value();
        entry(id, seq, RESPONSE, event.happenedOn(), null, event.response().name(), event.description());
        refresh(id);
    }

    @EventHandler
    void on(AdvocacyOutcomeRecorded event, @SequenceNumber long seq) {
        UUID id = event.advocacyActionId().value();
        entry(id, seq, OUTCOME, event.happenedOn(), null, event.result().name(), event.description());
        refresh(id);
    }

    @EventHandler
    void on(AdvocacyActionClosed event, @SequenceNumber long seq) {
        UUID id = event.advocacyActionId().value();
        entry(id, seq, CLOSED, event.happenedOn(), null, null, event.reason());
        refresh(id);
    }

    @EventHandler
    void on(AdvocacyActionReopened event, @SequenceNumber long seq) {
        UUID id = event.advocacyActionId().value();
        entry(id, seq, REOPENED, event.happenedOn(), null, null, event.reason());
        refresh(id);
    }

    @ResetHandler
    void reset() {
        TABLES.clear(jdbc);
    }

    @QueryHandler
    AdvocacyBoard handle(FindAdvocacyBoard query) {
        return reader.board(query);
    }

    @QueryHandler
    AdvocacyActionView handle(FindAdvocacyAction query) {
        return reader.one(query.advocacyActionId().value(), query.viewer());
    }

    private void party(UUID id, String role, UUID party) {
        jdbc.update("insert into influence_advocacy_party (advocacy_action_id, party_role, party_id) values (?, ?, ?)",
                id, role, party);
    }

    /** Stores one history entry; false when this event was stored before. */
    private boolean entry(UUID id, long seq, String kind, LocalDate on, Integer stepNumber, String detail,
                          String description) {
        Integer count = jdbc.queryForObject(
                "select count(*) from influence_advocacy_entry where advocacy_action_id = ? and seq = ?",
                Integer.class, id, seq);
        if (count != null && count > 0) {
            return false;
        }
        jdbc.update("""
                        insert into influence_advocacy_entry (advocacy_action_id, seq, entry_kind, happened_on, step_number,
                          detail, description) values (?, ?, ?, ?, ?, ?, ?)""",
                id, seq, kind, on, stepNumber, detail, description);
        return true;
    }

    private void refresh(UUID id) {
        int steps = count(id, "entry_kind = 'STEP'");
        boolean outcome = count(id, "entry_kind = 'OUTCOME'") > 0;
        List<String> lifecycle = jdbc.queryForList("""
                select entry_kind from influence_advocacy_entry where advocacy_action_id = ?
                  and entry_kind in ('CLOSED', 'REOPENED') order by seq desc""", String.class, id);
        boolean closed = !lifecycle.isEmpty() && lifecycle.getFirst().equals(CLOSED);
        jdbc.update("update influence_advocacy_action set steps = ?, has_outcome = ?, closed = ?, status = ? where id = ?",
                steps, outcome, closed, AdvocacyStatus.of(closed, outcome, steps).name(), id);
    }

    private int count(UUID id, String condition) {
        Integer count = jdbc.queryForObject("select count(*) from influence_advocacy_entry where advocacy_action_id = ? and "
                + condition, Integer.class, id);
        return count == null ? 0 : count;
    }
}
