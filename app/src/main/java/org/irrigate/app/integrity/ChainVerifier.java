package org.irrigate.app.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Walks the stored events and the chain together and reports the first link that no longer matches. */
@Service
public class ChainVerifier {
    private final JdbcTemplate jdbc;
    private final IntegrityKey key;

    ChainVerifier(JdbcTemplate jdbc, IntegrityKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    public record BrokenLink(long position, String eventId, String reason) {
    }

    /**
     * @param verified events whose link matched
     * @param head     the last link's hash: publish it (to the funder, say) so even a rewrite of the whole chain shows
     * @param pending  stored events not chained yet (the chain follows the store a moment behind)
     */
    public record Verification(boolean intact, long verified, String head, long pending, BrokenLink firstBroken) {
    }

    /**
     * The chain's head sealed with the integrity key, for an external witness (the funder, say) to keep: a later
     * head that does not extend it, or a seal that no longer matches, shows a rewrite.
     */
    public record Anchor(long link, String head, String seal) {
    }

    public Anchor anchor() {
        return jdbc.query("select link, hash from event_hash order by link desc limit 1", rs -> rs.next()
                ? anchor(rs.getLong("link"), rs.getString("hash")) : anchor(0, EventHash.GENESIS));
    }

    private Anchor anchor(long link, String head) {
        return new Anchor(link, head, key.seal(link, head));
    }

    public Verification verify() {
        Walk walk = new Walk(key);
        jdbc.query("""
                select h.link, h.global_index as chained_index, h.previous_hash, h.hash, h.seal, e.*
                from event_hash h left join domain_event_entry e on e.global_index = h.global_index
                order by h.link""", (ResultSet rs) -> {
            if (walk.broken == null) {
                walk.step(rs);
            }
        });
        Long pending = jdbc.queryForObject("""
                select count(*) from domain_event_entry e
                where not exists (select 1 from event_hash h where h.global_index = e.global_index)""", Long.class);
        return new Verification(walk.broken == null, walk.verified, walk.previous, pending == null ? 0 : pending,
                walk.broken);
    }

    private static final class Walk {
        private final IntegrityKey key;
        String previous = EventHash.GENESIS;
        long verified;
        BrokenLink broken;

        Walk(IntegrityKey key) {
            this.key = key;
        }

        void step(ResultSet rs) throws SQLException {
            long position = rs.getLong("chained_index");
            String eventId = rs.getString("event_identifier");
            if (eventId == null) {
                broken = new BrokenLink(position, null, "the event at this position has been removed");
            } else if (!previous.equals(rs.getString("previous_hash"))) {
                broken = new BrokenLink(position, eventId, "the chain itself was altered before this link");
            } else if (!EventHash.of(rs, previous).equals(rs.getString("hash"))) {
                broken = new BrokenLink(position, eventId, "the stored event differs from what was chained");
            } else if (!key.seal(rs.getLong("link"), rs.getString("hash")).equals(rs.getString("seal"))) {
                // hashes that agree but a seal that does not: the chain was recomputed without the key
                broken = new BrokenLink(position, eventId, "the chain was rewritten without the integrity key");
            } else {
                previous = rs.getString("hash");
                verified++;
            }
        }
    }
}
