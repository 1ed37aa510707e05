package org.irrigate.app.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.irrigate.app.evolution.FollowUpCompletedUpcaster;
import org.irrigate.core.api.AuditMetadata;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@Configuration
class AxonConfig {
    static final String TAMPER_CHAIN = "tamper-chain";
    /**
     * Every event in one sequence named by a value, so every instance puts the chain in the same segment. Axon's
     * {@code SequentialPolicy} names it by an object whose hash is its identity, different in each JVM: two instances
     * disagreed on which segment held the chain, and events fell between them (neither chained them).
     */
    static final SequencingPolicy<EventMessage<?>> ONE_SEQUENCE = event -> TAMPER_CHAIN;

    /** Copies the command's audit fields onto every event it produces. */
    @Bean
    CorrelationDataProvider auditCorrelation() {
        return new SimpleCorrelationDataProvider(AuditMetadata.RECORDED_BY, AuditMetadata.ON_BEHALF_OF,
                AuditMetadata.RECORDED_AT);
    }

    /** Declaring our own provider replaces Axon's defaults, so the correlation id provider is declared again. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Every projection is a pooled streaming processor reading the event store, so each can be dropped and replayed,
     * and several instances share its segments.
     */
    @Bean
    ConfigurerModule pooledProcessors(@Value("${irrigate.processors.segments:4}") int segments,
                                      @Value("${irrigate.processors.batch-size:100}") int batchSize,
                                      @Value("${irrigate.processors.claim-interval-ms:5000}") long claimInterval,
                                      ListableBeanFactory beans) {
        return new AfterAxonDefaults(configurer -> configurer.eventProcessing(processing -> {
            // Without the cache, every event costs each projection a query asking whether its record already has a
            // parked event; the cache remembers which records have none (see docs/decisions/0013-benchmarks.md).
            for (String group : processingGroups(beans)) {
                if (!TAMPER_CHAIN.equals(group)) {
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (config, invoker) -> invoker.enableSequenceIdentifierCache());
                }
            }
        }).eventProcessing()
                .usingPooledStreamingEventProcessors((config, builder) -> builder
                        .initialSegmentCount(segments)
                        .batchSize(batchSize)
                        // how often an instance looks for unclaimed segments, e.g. those of an instance that died
                        .tokenClaimInterval(claimInterval))
                // The tamper-evidence chain links every event to the one before: one sequence, one writer.
                .registerSequencingPolicy(TAMPER_CHAIN, config -> ONE_SEQUENCE)
                // A projection that fails on an event parks it (and later events of the same record) in a
                // dead-letter queue and carries on; an admin retries them. Not the chain: a gap there would be a lie.
                .registerDeadLetterQueueProvider(group -> TAMPER_CHAIN.equals(group) ? null
                        : config -> JpaSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .serializer(config.serializer())
                        .eventSerializer(config.eventSerializer())
                        .build()));
    }

    private static java.util.Set<String> processingGroups(ListableBeanFactory beans) {
        java.util.Set<String> groups = new java.util.TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /**
     * Runs after Axon's own Spring Boot modules, which register a dead-letter provider of their own (one that only
     * knows processors named in properties): ours must be the one that stays.
     */
    private record AfterAxonDefaults(ConfigurerModule module) implements ConfigurerModule {
        @Override
        public void configureModule(org.axonframework.config.Configurer configurer) {
            module.configureModule(configurer);
        }

        @Override
        public int order() {
            return 1;
        }
    }

    /**
     * Axon's tokens carry typed fields (a replay token keeps the token it was reset from, and a context object).
     * Jackson 3 refuses polymorphic types unless a validator names them: allow Axon's and Irrigate's own classes and
     * the JDK's, nothing else.
     */
    @Bean
    Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("org.irrigate.")
                .allowIfSubType("java.")
                .build());
    }

    /** Older revisions of stored events are read as the current ones (docs/decisions/0011). */
    @Bean
    EventUpcaster followUpCompletedRevision1() {
        return new FollowUpCompletedUpcaster();
    }

    @Bean
    InitializingBean registerAuditInterceptor(CommandBus commandBus, AuditInterceptor interceptor) {
        return () -> commandBus.registerDispatchInterceptor(interceptor);
    }
}
