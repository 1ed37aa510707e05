package org.irrigate.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jpa.JpaSagaStore;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Axon silently falls back to in-memory stores when misconfigured: prove the durable ones are wired. */
@IntegrationTest
class WiringTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    Configuration axon;
    @Autowired
    ProjectionControl projections;

    @Test
    void eventsAndTokensAreStoredThroughJpa() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(JpaSagaStore.class);
    }

    @Test
    void eventsAreSerialisedWithJackson3() {
        assertThat(axon.eventSerializer()).isInstanceOf(Jackson3Serializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(Jackson3Serializer.class);
        assertThat(axon.serializer()).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void everyProjectionIsAPooledStreamingProcessor() {
        assertThat(projections.names()).contains("timeline", "organisation-directory", "people-directory",
                "place-directory");
        projections.names().forEach(name ->
                assertThat(projections.processor(name)).as(name).isInstanceOf(PooledStreamingEventProcessor.class));
    }

}
