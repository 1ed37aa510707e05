package org.irrigate.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * What the database can do with no framework in the way, measured on the same database in the same run: plain JDBC
 * writing the same stored events into a table of identical shape (same columns, keys and unique constraints as
 * Axon's {@code domain_event_entry}), and reading the real event table back with the same deserialiser.
 */
final class RawBaselines {
    static final String TABLE = "bench_event_entry";
    private static final String INSERT = "insert into " + TABLE + " (" + StoredEvent.COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final AtomicLong nextIndex = new AtomicLong(1);

    RawBaselines(DataSource dataSource, String binaryType) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute(("""
                    create table %s (
                        global_index bigint not null, event_identifier varchar(255) not null,
                        aggregate_identifier varchar(255) not null, sequence_number bigint not null,
                        type varchar(255), payload_type varchar(255) not null, payload_revision varchar(255),
                        payload %s not null, meta_data %s, time_stamp varchar(255) not null,
                        constraint pk_%s primary key (global_index),
                        constraint uk_%s_event unique (event_identifier),
                        constraint uk_%s_aggregate_seq unique (aggregate_identifier, sequence_number))""")
                    .formatted(TABLE, binaryType, binaryType, TABLE, TABLE, TABLE));
        }
    }

    /** One INSERT and one COMMIT per event, like a command that stores one event, from {@code writers} threads. */
    double insertEach(List<StoredEvent> events, int writers) throws Exception {
        return inParallel(events, writers, (connection, slice) -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (StoredEvent event : slice) {
                    bind(insert, event);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
        });
    }

    /** JDBC batches of {@code batchSize} INSERTs, one COMMIT per batch: the fastest way in for a bulk load. */
    double insertBatched(List<StoredEvent> events, int batchSize) throws Exception {
        return inParallel(events, 1, (connection, slice) -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (StoredEvent event : slice) {
                    bind(insert, event);
                    insert.addBatch();
                    if (++pending == batchSize) {
                        insert.executeBatch();
                        connection.commit();
                        pending = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        });
    }

    /**
     * Reads every stored event in order with a streaming cursor and deserialises payload and metadata with Axon's
     * event serializer: the least any replay must do. Returns events per second.
     */
    static double readAndDeserialise(DataSource dataSource, Serializer serializer, int fetchSize) throws SQLException {
        long started = System.nanoTime();
        long count = 0;
        long checksum = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement select = connection.prepareStatement("select " + StoredEvent.COLUMNS
                    + " from domain_event_entry order by global_index")) {
                select.setFetchSize(fetchSize);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        StoredEvent event = StoredEvent.of(rs);
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(event.payload(),
                                byte[].class, event.payloadType(), event.payloadRevision()));
                        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(event.metaData(),
                                byte[].class, MetaData.class.getName(), null));
                        checksum += payload.hashCode() + metaData.size();
                        count++;
                    }
                }
            }
            connection.commit();
        }
        if (checksum == 42) {
            System.out.print(""); // keeps the deserialised objects observable, so nothing can be optimised away
        }
        return count / seconds(started);
    }

    private interface Slice {
        void write(Connection connection, List<StoredEvent> events) throws SQLException;
    }

    /** Writes fresh copies of the events (new index, event id and aggregate id), split over threads; events/s. */
    private double inParallel(List<StoredEvent> events, int writers, Slice slice) throws Exception {
        List<List<StoredEvent>> slices = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            slices.get(i % writers).add(new StoredEvent(nextIndex.getAndIncrement(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), e.sequenceNumber(), e.type(), e.payloadType(), e.payloadRevision(),
                    e.payload(), e.metaData(), e.timeStamp()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (List<StoredEvent> part : slices) {
                done.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        slice.write(connection, part);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return events.size() / seconds(started);
        } finally {
            pool.shutdown();
        }
    }

    private static void bind(PreparedStatement insert, StoredEvent e) throws SQLException {
        insert.setLong(1, e.globalIndex());
        insert.setString(2, e.eventIdentifier());
        insert.setString(3, e.aggregateIdentifier());
        insert.setLong(4, e.sequenceNumber());
        insert.setString(5, e.type());
        insert.setString(6, e.payloadType());
        insert.setString(7, e.payloadRevision());
        insert.setBytes(8, e.payload());
        insert.setBytes(9, e.metaData());
        insert.setString(10, e.timeStamp());
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
