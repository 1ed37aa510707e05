package org.irrigate.app.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the outcome of each keyed request. The claim is an INSERT on the key's primary key, so two copies of
 * a request arriving at once (on one instance or several) cannot both run.
 */
@Component
class IdempotencyStore {
    /**
     * A claim still in progress after this long was left by a request that died (its instance was killed, or the
     * database went away before the claim could be released): the next copy of the request may take it over.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    record Outcome(String fingerprint, boolean inProgress, int status, String contentType, String location,
                   byte[] body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty when this caller now owns the key; otherwise what the earlier request left. */
    Optional<Outcome> claim(String scope, String fingerprint) {
        Timestamp abandoned = Timestamp.from(clock.instant().minus(ABANDONED_AFTER));
        // Only one of several copies can delete the abandoned row; the others then lose the insert below.
        jdbc.update("delete from idempotency_record where scope = ? and in_progress = true and created_at < ?",
                scope, abandoned);
        try {
            jdbc.update("insert into idempotency_record (scope, fingerprint, in_progress, created_at) values (?, ?, true, ?)",
                    scope, fingerprint, Timestamp.from(clock.instant()));
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            List<Outcome> found = jdbc.query("""
                            select fingerprint, in_progress, status, content_type, location, body
                            from idempotency_record where scope = ?""",
                    (rs, i) -> new Outcome(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getBytes(6)), scope);
            // Released between our insert and this read: treat as still running, the client retries.
            return Optional.of(found.isEmpty() ? new Outcome(fingerprint, true, 0, null, null, null) : found.getFirst());
        }
    }

    void complete(String scope, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                        update idempotency_record set in_progress = false, status = ?, content_type = ?, location = ?,
                        body = ? where scope = ?""",
                status, contentType, location, body, scope);
    }

    void release(String scope) {
        jdbc.update("delete from idempotency_record where scope = ?", scope);
    }
}
