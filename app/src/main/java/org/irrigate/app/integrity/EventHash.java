package org.irrigate.app.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * One link of the tamper-evidence chain: SHA-256 over everything stored for an event (its position, ids, types,
 * timestamp, payload and metadata bytes) and the previous link. Changing any byte of any stored event, or removing
 * one, breaks every link from there on.
 */
final class EventHash {
    static final String GENESIS = "0".repeat(64);
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, time_stamp, payload, meta_data";

    private EventHash() {
    }

    static String of(ResultSet row, String previous) throws SQLException {
        return Stored.read(row).hash(previous);
    }

    /** What is hashed of a stored event, read from a row of {@link #COLUMNS}. */
    record Stored(long globalIndex, String[] texts, long sequenceNumber, byte[] payload, byte[] metaData) {
        private static final String[] TEXT_COLUMNS = {"event_identifier", "aggregate_identifier", "type",
                "payload_type", "payload_revision", "time_stamp"};

        static Stored read(ResultSet row) throws SQLException {
            String[] texts = new String[TEXT_COLUMNS.length];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = row.getString(TEXT_COLUMNS[i]);
            }
            return new Stored(row.getLong("global_index"), texts, row.getLong("sequence_number"),
                    row.getBytes("payload"), row.getBytes("meta_data"));
        }

        String hash(String previous) {
            MessageDigest sha = sha256();
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(globalIndex).array());
            for (String text : texts) {
                field(sha, text(text));
            }
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(sequenceNumber).array());
            field(sha, payload);
            field(sha, metaData);
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /** Length-prefixed, so moving bytes from one field to the next changes the hash. */
    private static void field(MessageDigest sha, byte[] value) {
        int length = value == null ? -1 : value.length;
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
