package org.irrigate.funding.giving;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the network publishes 360Giving data.
 *
 * @param prefix                  the network's 360Giving identifier prefix: every grant id starts with it
 * @param organisationIdentifiers org-id.guide identifiers (e.g. {@code GB-COH-12345678}) for organisations that have
 *                                no charity number on record, by Irrigate organisation id; an export request can add
 *                                more
 */
@ConfigurationProperties("irrigate.funding.360giving")
public record GivingSettings(String prefix, Map<UUID, String> organisationIdentifiers) {
    public static final String DEFAULT_PREFIX = "360G-hotspots";

    public GivingSettings {
        prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.strip();
        if (!prefix.matches("360G-[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("irrigate.funding.360giving.prefix must look like 360G-name, not "
                    + prefix);
        }
        organisationIdentifiers = organisationIdentifiers == null ? Map.of() : Map.copyOf(organisationIdentifiers);
    }
}
