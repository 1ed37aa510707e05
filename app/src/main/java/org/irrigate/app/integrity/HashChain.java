package org.irrigate.app.integrity;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.app.replay.StoredPosition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain as events are stored: a streaming processor whose events all fall in one sequence, so links
 * are written one after the other (the chain is kept beside the events, in {@code event_hash}).
 */
@Component
@ProcessingGroup(HashChain.PROCESSING_GROUP)
class HashChain {
    static final String PROCESSING_GROUP = "tamper-chain";

    private final JdbcTemplate jdbc;
    private final StoredPosition positions;
    private final IntegrityKey key;

    HashChain(JdbcTemplate jdbc, StoredPosition positions, IntegrityKey key) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.key = key;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        long position = positions.of(message);
        Integer existing = jdbc.queryForObject("select count(*) from event_hash where global_index = ?",
                Integer.class, position);
        if (existing != null && existing > 0) {
            return; // redelivered
        }
        // Links follow delivery order, not index order: an event whose index was allocated earlier but committed
        // later is delivered (and chained) after the ones that overtook it.
        List<Map<String, Object>> head = jdbc.queryForList(
                "select link, hash from event_hash order by link desc limit 1");
        long link = head.isEmpty() ? 1 : ((Number) head.getFirst().get("link")).longValue() + 1;
        String previous = head.isEmpty() ? EventHash.GENESIS : (String) head.getFirst().get("hash");
        String hash = jdbc.query("select " + EventHash.COLUMNS + " from domain_event_entry where global_index = ?",
                rs -> rs.next() ? EventHash.of(rs, previous) : null, position);
        if (hash != null) {
            jdbc.update("insert into event_hash (link, global_index, previous_hash, hash, seal) values (?, ?, ?, ?, ?)",
                    link, position, previous, hash, key.seal(link, hash));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from event_hash");
    }
}
