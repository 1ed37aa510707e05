package org.irrigate.app.persistence;

import java.util.Optional;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JPA event store as its Spring Boot module builds it, except that it never asks for a snapshot. Irrigate
 * takes none (its records are short: a conversation, a bid, an advocacy action), yet every read of a record's events
 * (each command, twice: the ownership check and the aggregate) first queried the empty snapshot table, a sixth of a
 * command's time (docs/decisions/0013-benchmarks.md). Storing a snapshot is refused, so one cannot be taken and then
 * silently ignored. Axon's module, which this replaces, also registered the event store's JPA entities: so does this.
 */
@Configuration
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStorage {

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transactions) {
        return new WithoutSnapshots(JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions));
    }

    /** Events the shared read-ahead keeps for processors reading at the head (Axon's default: 10,000). */
    static final int CACHED_EVENTS = 1_000;
    /** How often processors that fell behind the read-ahead are sent to read on their own (Axon's: 10 s). */
    static final long CLEANUP_DELAY_MS = 500;

    /**
     * Axon's embedded event store as its Spring Boot module builds it, on a shorter leash. Its producer reads ahead
     * for every processor at the head, and a processor that stops reading for a while (its workers' queues full) keeps
     * every event read since in memory until the cleaner notices it has fallen behind. While a long history caught up,
     * that was most of the history: at a million events the 1 GiB heap filled and the JVM spent its time collecting
     * (docs/decisions/0013-benchmarks.md). Checked more often, with a smaller cache, what a stalled processor can hold
     * is bounded by what the producer reads in half a second.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(CACHED_EVENTS)
                .cleanupDelay(CLEANUP_DELAY_MS)
                .build();
    }

    static final class WithoutSnapshots extends JpaEventStorageEngine {
        WithoutSnapshots(Builder builder) {
            super(builder);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            throw new UnsupportedOperationException("Irrigate takes no snapshots: its event store never reads them");
        }
    }
}
