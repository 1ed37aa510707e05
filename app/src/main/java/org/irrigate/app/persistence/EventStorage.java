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

    /**
     * Axon's embedded event store as its Spring Boot module builds it, except that each processor reads the store
     * itself. Axon's default shares one reader among the processors at the head: it reads ahead as fast as the database
     * answers, into a linked list of events, and a processor still holding a place in that list (one left there by a
     * race between its own read and the cleaner that sends laggards to read on their own) keeps everything read after
     * it in memory. While a million events caught up, half a million of them were held and the 1 GiB heap filled
     * (docs/decisions/0013-benchmarks.md). Reading on their own, processors are as quick to see new events: Axon's
     * event stream offers no callback either way, so an idle processor looks again every half second, in the database
     * instead of the shared list.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
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
