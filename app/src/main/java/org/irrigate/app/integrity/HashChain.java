package org.irrigate.app.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.app.deadletter.WritesAtCommit;
import org.irrigate.app.replay.Chunks;
import org.irrigate.app.replay.PerBatch;
import org.irrigate.app.replay.StoredPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain as events are stored: a streaming processor whose events all fall in one sequence, so links
 * are written one after the other (the chain is kept beside the events, in {@code event_hash}). A batch's links are
 * written together as it commits: a handful of statements per batch rather than five per event, which is what kept
 * the chain last when every projection catches up on a long history.
 */
@Component
@ProcessingGroup(HashChain.PROCESSING_GROUP)
class HashChain {
    static final String PROCESSING_GROUP = "tamper-chain";
    private static final String PENDING = HashChain.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final StoredPosition positions;
    private final IntegrityKey key;

    HashChain(JdbcTemplate jdbc, StoredPosition positions, IntegrityKey key) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.key = key;
    }

    @EventHandler
    @WritesAtCommit
    void on(Object event, EventMessage<?> message) {
        PerBatch.add(PENDING, message.getIdentifier(), message.getIdentifier(),
                eventIds -> Chunks.inChunks(eventIds, this::linkChunk));
    }

    /**
     * Links follow delivery order, not index order: an event whose index was allocated earlier but committed later is
     * delivered (and chained) after the ones that overtook it. An event already chained was redelivered: skipped.
     */
    private void linkChunk(List<String> eventIds) {
        Map<String, Long> stored = positions.of(eventIds);
        Set<Long> chained = Chunks.alreadyWritten(jdbc, "event_hash", "global_index", Long.class, stored.values(), "");
        Map<Long, EventHash.Stored> rows = new HashMap<>();
        jdbc.query("select " + EventHash.COLUMNS + " from domain_event_entry where global_index in ("
                + Chunks.marks(stored.size()) + ")", rs -> {
                    rows.put(rs.getLong("global_index"), EventHash.Stored.read(rs));
                }, stored.values().toArray());
        List<Map<String, Object>> head = jdbc.queryForList(
                "select link, hash from event_hash order by link desc limit 1");
        long link = head.isEmpty() ? 0 : ((Number) head.getFirst().get("link")).longValue();
        String previous = head.isEmpty() ? EventHash.GENESIS : (String) head.getFirst().get("hash");
        List<Object[]> links = new ArrayList<>();
        for (String eventId : eventIds) {
            long position = stored.get(eventId);
            if (chained.add(position)) {
                String hash = rows.get(position).hash(previous);
                link++;
                links.add(new Object[] {link, position, previous, hash, key.seal(link, hash)});
                previous = hash;
            }
        }
        jdbc.batchUpdate("insert into event_hash (link, global_index, previous_hash, hash, seal) values (?, ?, ?, ?, ?)",
                links);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from event_hash");
    }
}
