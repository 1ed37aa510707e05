package org.irrigate.app.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.irrigate.app.replay.Chunks;
import org.irrigate.app.replay.StoredPosition;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.PersonEvent;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.FundingEvent;
import org.irrigate.influence.api.InfluenceEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads journey facts: the live ledger ({@code journey_fact}) and disposable replays
 * ({@code journey_replay_fact}, one {@code replay_id} each) share the columns and this code, so a replay answers
 * exactly as the live model would.
 */
@Component
public class FactRows {
    static final String LIVE = "journey_fact";
    static final String REPLAY = "journey_replay_fact";
    /** Facts read per round trip while folding. */
    private static final int FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final StoredPosition positions;
    private final JdbcTemplate streaming;
    private final TransactionTemplate reading;

    FactRows(JdbcTemplate jdbc, JsonMapper json, StoredPosition positions, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.positions = positions;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** What journeys are made of: influence work, funding, people's roles, and verdicts on suggestions. */
    public static boolean relevant(Object payload) {
        return payload instanceof InfluenceEvent || payload instanceof FundingEvent
                || payload instanceof PersonEvent.RoleStarted || payload instanceof PersonEvent.RoleEnded
                || payload instanceof SuggestionEvent;
    }

    /** When the network learnt of the event: its audit record time, or when it was stored for events without one. */
    public static Instant recordedAt(EventMessage<?> message) {
        AuditMetadata audit = AuditMetadata.from(message.getMetaData());
        return audit.recordedAt() != null ? audit.recordedAt() : message.getTimestamp();
    }

    /**
     * Stores each event once per global index it was stored under (delivery is at least once), in chunks: one lookup
     * of those indexes, one look for what is already written, one JDBC batch. {@code replayId} null means the live
     * ledger.
     */
    public void write(String replayId, List<? extends EventMessage<?>> messages) {
        Chunks.inChunks(messages, chunk -> writeChunk(replayId, chunk));
    }

    private void writeChunk(String replayId, List<? extends EventMessage<?>> messages) {
        String table = replayId == null ? LIVE : REPLAY;
        Map<String, Long> stored = positions.of(messages.stream().map(EventMessage::getIdentifier).toList());
        Set<Long> known = replayId == null
                ? Chunks.alreadyWritten(jdbc, table, "position", Long.class, stored.values(), "")
                : Chunks.alreadyWritten(jdbc, table, "position", Long.class, stored.values(), " and replay_id = ?",
                replayId);
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        for (EventMessage<?> message : messages) {
            long position = stored.get(message.getIdentifier());
            if (!known.contains(position)) {
                rows.putIfAbsent(position, row(replayId, position, message));
            }
        }
        String columns = "position, event_id, aggregate_id, event_type, happened_on, recorded_at, private_to, payload"
                + (replayId == null ? "" : ", replay_id");
        int width = replayId == null ? 8 : 9;
        jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + "?, ".repeat(width - 1) + "?)",
                List.copyOf(rows.values()));
    }

    private Object[] row(String replayId, long position, EventMessage<?> message) {
        NetworkEvent event = (NetworkEvent) message.getPayload();
        String aggregate = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        List<Object> values = new ArrayList<>(List.of(position, message.getIdentifier()));
        values.add(aggregate);
        values.addAll(List.of(event.getClass().getName(), event.happenedOn(), Timestamp.from(recordedAt(message))));
        values.add(event.privateTo() == null ? null : event.privateTo().value());
        values.add(json.writeValueAsString(event));
        if (replayId != null) {
            values.add(replayId);
        }
        return values.toArray();
    }

    /**
     * Hands the facts recorded at or before {@code knownOn} (null: everything) that the viewer may see to {@code each},
     * in event-store order, as they are read: a long history's facts are never all held at once (at a million events
     * the list of them alone filled a 1 GiB heap). Which of them had happened by a day is the picture's business:
     * corrections apply whenever they happened.
     */
    public void forEach(String replayId, Instant knownOn, Viewer viewer, Consumer<Fact> each) {
        StringBuilder sql = new StringBuilder("select position, recorded_at, event_type, payload from ")
                .append(replayId == null ? LIVE : REPLAY).append(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (replayId != null) {
            sql.append(" and replay_id = ?");
            args.add(replayId);
        }
        if (knownOn != null) {
            sql.append(" and recorded_at <= ?");
            args.add(Timestamp.from(knownOn));
        }
        if (!viewer.seesAllPrivate()) {
            sql.append(" and (private_to is null or private_to = ?)");
            args.add(viewer.organisation() == null ? null : viewer.organisation().value());
        }
        // PostgreSQL sends a result in pieces of the fetch size only inside a transaction; otherwise all of it at once.
        reading.executeWithoutResult(status -> streaming.query(sql.append(" order by position").toString(),
                (RowCallbackHandler) rs -> each.accept(new Fact(rs.getLong("position"),
                        rs.getTimestamp("recorded_at").toInstant(), event(rs.getString("event_type"),
                        rs.getString("payload")))), args.toArray()));
    }

    public void discard(String replayId) {
        jdbc.update("delete from " + REPLAY + " where replay_id = ?", replayId);
    }

    /** Disposable replays live as long as the process that made them (their jobs are held in memory). */
    public void discardEveryReplay() {
        jdbc.update("delete from " + REPLAY);
    }

    /** Only the application's own event classes are ever instantiated from a stored type name. */
    private NetworkEvent event(String type, String payload) {
        if (!type.startsWith("org.irrigate.")) {
            throw new IllegalStateException("Not an Irrigate event type: " + type);
        }
        try {
            Class<?> eventClass = Class.forName(type);
            if (!NetworkEvent.class.isAssignableFrom(eventClass)) {
                throw new IllegalStateException("Not an Irrigate event type: " + type);
            }
            return (NetworkEvent) json.readValue(payload, eventClass);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown event type " + type, e);
        }
    }
}
