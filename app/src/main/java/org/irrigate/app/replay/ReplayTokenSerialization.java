package org.irrigate.app.replay;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Makes rebuilt projections readable. A reset stores Axon's {@code ReplayToken}, whose reset context is typed
 * {@code Object} with its class written alongside; Jackson 3's default validator refuses polymorphic {@code Object}
 * outright, so the token could be written but never read back and the rebuilt processor stalled. Only Axon's own
 * types (tokens) may be named in serialised data, so nothing in stored data can make Jackson build another class.
 */
@Configuration
class ReplayTokenSerialization {

    @Bean
    Jackson3SerializerCustomizer axonTypesOnlyInPolymorphicJson() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }
}
