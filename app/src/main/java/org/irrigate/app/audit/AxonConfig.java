package org.irrigate.app.audit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.irrigate.core.api.AuditMetadata;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AxonConfig {

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
                                      @Value("${irrigate.processors.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (config, builder) -> builder.initialSegmentCount(segments).batchSize(batchSize));
    }

    @Bean
    InitializingBean registerAuditInterceptor(CommandBus commandBus, AuditInterceptor interceptor) {
        return () -> commandBus.registerDispatchInterceptor(interceptor);
    }
}
