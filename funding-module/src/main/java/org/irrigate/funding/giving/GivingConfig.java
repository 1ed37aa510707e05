package org.irrigate.funding.giving;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(GivingSettings.class)
class GivingConfig {
}
