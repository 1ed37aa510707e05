package org.irrigate.influence.relationship;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KeyPersonRiskConfig {

    /**
     * By default events are split across segments by aggregate, so a role ending (a person's event) and a
     * relationship depending on that role (a relationship's event) could be handled at the same moment on two
     * segments, each missing the other. One sequence for the policy keeps them in store order.
     */
    @Bean
    ConfigurerModule keyPersonRiskInOneSequence() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(KeyPersonRiskPolicy.PROCESSING_GROUP, config -> new SequentialPolicy())
                // A flag that fails to be recorded (say two writers raced on the relationship) must be retried, not
                // logged and lost: the failure rolls the batch back and the processor tries it again.
                .registerListenerInvocationErrorHandler(KeyPersonRiskPolicy.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance());
    }
}
