package org.irrigate.influence.relationship;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KeyPersonRiskConfig {

    /**
     * By default events are split across segments by aggregate, so a role ending (a person's event) and a
     * relationship depending on that role (a relationship's event) could be handled at the same moment on two
     * segments, each missing the other. One sequence for the policy keeps them in store order. It is named by a
     * value, so every instance puts it in the same segment (Axon's {@code SequentialPolicy} names it by an object
     * whose identity hash differs per JVM: two instances would disagree, and events would fall between them).
     */
    @Bean
    ConfigurerModule keyPersonRiskInOneSequence() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(KeyPersonRiskPolicy.PROCESSING_GROUP,
                        config -> event -> KeyPersonRiskPolicy.PROCESSING_GROUP)
                // A flag that fails to be recorded (say two writers raced on the relationship) must be retried, not
                // logged and lost: the failure rolls the batch back and the processor tries it again.
                .registerListenerInvocationErrorHandler(KeyPersonRiskPolicy.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance());
    }
}
