package org.irrigate.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** One row of Axon's event table as stored: what the baselines write and read, byte for byte. */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   String type, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                   String timeStamp) {
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, payload, meta_data, time_stamp";

    static StoredEvent of(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9), rs.getString(10));
    }

    /** The stored events after {@code afterIndex}, in order. */
    static List<StoredEvent> after(DataSource dataSource, long afterIndex) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select " + COLUMNS
                     + " from domain_event_entry where global_index > ? order by global_index")) {
            statement.setLong(1, afterIndex);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    events.add(of(rs));
                }
            }
        }
        return events;
    }
}
