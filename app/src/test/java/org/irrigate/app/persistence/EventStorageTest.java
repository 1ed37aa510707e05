package org.irrigate.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The event store reads a record's events without asking for a snapshot, and refuses to store one; every
 * processor reads the store itself, with no shared read-ahead to hold events in memory (decision 0013).
 */
@IntegrationTest
class EventStorageTest {
    @Autowired
    EventStorageEngine engine;
    @Autowired
    EventStore events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecordIsReadFromItsFirstEventEvenWhenASnapshotRowExists() {
        String record = jdbc.queryForObject("select aggregate_identifier from domain_event_entry"
                + " where sequence_number = 1 order by global_index limit 1", String.class);
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, record);
        // A readable snapshot at the record's last event: Axon's own store would start from it and read no events.
        jdbc.update("""
                insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                  meta_data, payload, payload_revision, payload_type, time_stamp)
                values (?, ?, 'Unknown', 'not-a-snapshot', ?, ?, null, 'java.lang.String', '2026-01-01T00:00:00Z')""",
                record, stored - 1, "{}".getBytes(), "\"state\"".getBytes());
        try {
            List<? extends DomainEventMessage<?>> read = events.readEvents(record).asStream().toList();
            assertThat(read).hasSize((int) stored);
            assertThat(read.getFirst().getSequenceNumber()).isZero();
        } finally {
            jdbc.update("delete from snapshot_event_entry where event_identifier = 'not-a-snapshot'");
        }
    }

    @Test
    void aSnapshotIsRefused() {
        assertThat(engine).isInstanceOf(EventStorage.WithoutSnapshots.class);
        DomainEventMessage<String> snapshot = new GenericDomainEventMessage<>("Snapshot", "some-record", 3, "state");
        assertThatThrownBy(() -> engine.storeSnapshot(snapshot)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyProcessorReadsTheStoreItself() {
        // Axon's builder keeps this setting private: read it back, or a misconfiguration would pass unnoticed.
        assertThat(events).isInstanceOf(EmbeddedEventStore.class);
        assertThat(ReflectionTestUtils.getField(events, "optimizeEventConsumption")).isEqualTo(false);
    }
}
