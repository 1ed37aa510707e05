package org.irrigate.app.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A portable, versioned copy of everything that is not derived: every stored event exactly as stored (bytes in
 * base64) and the per-person keys that personal details need. JSON Lines: a header, one line per record, and a
 * trailer with a SHA-256 over the event lines, so a restore can prove it read exactly what was written. Read models
 * and the tamper-evidence chain are derived, and are rebuilt from the events after a restore.
 */
@Service
public class EventStoreBackup {
    public static final String FORMAT = "irrigate-event-store";
    public static final int VERSION = 1;
    private static final String EVENT_COLUMNS = "global_index, event_identifier, aggregate_identifier, "
            + "sequence_number, type, payload_type, payload_revision, time_stamp, payload, meta_data";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    EventStoreBackup(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a backup holds, and the hash that identifies its content whatever database it came from. */
    public record Summary(long events, long keys, long erased, String contentHash) {
    }

    public Summary export(BufferedWriter out) {
        Long total = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        line(out, Map.of("format", FORMAT, "version", VERSION, "createdAt", Instant.now().toString(), "events", total));
        MessageDigest content = sha256();
        long[] counts = new long[3];
        jdbc.query("select " + EVENT_COLUMNS + " from domain_event_entry order by global_index", rs -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("record", "event");
            event.put("globalIndex", rs.getLong("global_index"));
            event.put("eventIdentifier", rs.getString("event_identifier"));
            event.put("aggregateIdentifier", rs.getString("aggregate_identifier"));
            event.put("sequenceNumber", rs.getLong("sequence_number"));
            event.put("type", rs.getString("type"));
            event.put("payloadType", rs.getString("payload_type"));
            event.put("payloadRevision", rs.getString("payload_revision"));
            event.put("timeStamp", rs.getString("time_stamp"));
            event.put("payload", base64(rs.getBytes("payload")));
            event.put("metaData", base64(rs.getBytes("meta_data")));
            content.update(line(out, event).getBytes(StandardCharsets.UTF_8));
            counts[0]++;
        });
        jdbc.query("select person_id, secret from person_key order by person_id", rs -> {
            line(out, Map.of("record", "personKey", "personId", rs.getString(1), "secret", base64(rs.getBytes(2))));
            counts[1]++;
        });
        jdbc.query("select person_id from person_erased order by person_id", rs -> {
            line(out, Map.of("record", "personErased", "personId", rs.getString(1)));
            counts[2]++;
        });
        String hash = HexFormat.of().formatHex(content.digest());
        line(out, Map.of("record", "end", "events", counts[0], "contentHash", hash));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(counts[0], counts[1], counts[2], hash);
    }

    /** Restores into an empty event store only; all or nothing. */
    @Transactional
    public Summary restore(BufferedReader in) throws IOException {
        Long existing = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        ConflictException.check(existing != null && existing == 0, "A backup can only be restored into an empty event store");
        Map<?, ?> header = json.readValue(require(in.readLine()), Map.class);
        InvalidInputException.require(FORMAT.equals(header.get("format")), "backup", "is not an Irrigate backup");
        InvalidInputException.require(Integer.valueOf(VERSION).equals(header.get("version")), "backup",
                "has version " + header.get("version") + "; this Irrigate reads version " + VERSION);
        MessageDigest content = sha256();
        long events = 0;
        long keys = 0;
        long erased = 0;
        long maxIndex = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            Map<?, ?> record = json.readValue(text, Map.class);
            switch (String.valueOf(record.get("record"))) {
                case "event" -> {
                    content.update((text + "\n").getBytes(StandardCharsets.UTF_8));
                    long index = ((Number) record.get("globalIndex")).longValue();
                    jdbc.update("insert into domain_event_entry (" + EVENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            index, record.get("eventIdentifier"), record.get("aggregateIdentifier"),
                            ((Number) record.get("sequenceNumber")).longValue(), record.get("type"),
                            record.get("payloadType"), record.get("payloadRevision"), record.get("timeStamp"),
                            bytes(record.get("payload")), bytes(record.get("metaData")));
                    maxIndex = Math.max(maxIndex, index);
                    events++;
                }
                case "personKey" -> {
                    jdbc.update("insert into person_key (person_id, secret) values (?, ?)",
                            java.util.UUID.fromString((String) record.get("personId")), bytes(record.get("secret")));
                    keys++;
                }
                case "personErased" -> {
                    jdbc.update("insert into person_erased (person_id) values (?)",
                            java.util.UUID.fromString((String) record.get("personId")));
                    erased++;
                }
                case "end" -> {
                    String hash = HexFormat.of().formatHex(content.digest());
                    InvalidInputException.require(hash.equals(record.get("contentHash"))
                                    && ((Number) record.get("events")).longValue() == events, "backup",
                            "is damaged: its content does not match its trailer");
                    restartSequence(maxIndex + 1);
                    return new Summary(events, keys, erased, hash);
                }
                default -> throw new InvalidInputException("backup", "has an unknown record " + record.get("record"));
            }
        }
        throw new InvalidInputException("backup", "is incomplete: it has no trailer");
    }

    /** New events continue after the restored ones. */
    private void restartSequence(long next) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.queryForObject("select setval('domain_event_entry_seq', ?, false)", Long.class, next);
        } else {
            jdbc.execute("alter sequence domain_event_entry_seq restart with " + next);
        }
    }

    private String line(BufferedWriter out, Map<String, ?> record) {
        String text = json.writeValueAsString(record) + "\n";
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    private static String require(String header) {
        InvalidInputException.require(header != null, "backup", "is empty");
        return header;
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(Object base64) {
        return base64 == null ? null : Base64.getDecoder().decode((String) base64);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
