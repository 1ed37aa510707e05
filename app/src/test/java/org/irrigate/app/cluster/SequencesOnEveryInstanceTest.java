package org.irrigate.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances share a processor's segments, and an event belongs to the segment its sequence's hash falls in: every
 * instance must compute the same hash, so a sequence must be named by a value. (Axon's SequentialPolicy names its one
 * sequence by an object's identity hash, different in each JVM: with two instances, tamper-chain events fell between
 * the segment one instance held and the one the other thought held them.)
 */
@IntegrationTest
class SequencesOnEveryInstanceTest {
    static final List<String> ONE_SEQUENCE = List.of("tamper-chain", "key-person-risk");

    @Autowired
    Configuration axon;

    @Test
    void everyProcessorNamesItsSequencesByValues() {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        assertThat(processing.eventProcessors().keySet()).containsAll(ONE_SEQUENCE);
        for (String processor : processing.eventProcessors().keySet()) {
            var policy = processing.sequencingPolicy(processor);
            for (EventMessage<?> event : List.of(event("one"), event("two"), GenericEventMessage.asEventMessage("x"))) {
                Object sequence = policy.getSequenceIdentifierFor(event);
                if (sequence != null) {
                    assertThat(hashedBy(sequence)).as("%s: %s", processor, sequence).isNotEqualTo(Object.class);
                }
            }
        }
    }

    @Test
    void theChainAndTheRiskPolicyEachKeepOneSequence() {
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        for (String processor : ONE_SEQUENCE) {
            var policy = processing.sequencingPolicy(processor);
            assertThat(policy.getSequenceIdentifierFor(event("one"))).as(processor).isNotNull()
                    .isEqualTo(policy.getSequenceIdentifierFor(event("two")));
        }
    }

    private static EventMessage<?> event(String aggregate) {
        return new GenericDomainEventMessage<>("Test", aggregate, 0, "payload");
    }

    private static Class<?> hashedBy(Object sequence) {
        try {
            return sequence.getClass().getMethod("hashCode").getDeclaringClass();
        } catch (NoSuchMethodException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
