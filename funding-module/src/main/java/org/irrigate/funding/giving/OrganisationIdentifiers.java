package org.irrigate.funding.giving;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.irrigate.core.api.NetworkView.OrganisationView;

/**
 * Gives an organisation its 360Giving organisation identifier (org-id.guide form, e.g. GB-CHC-1234567). A registered
 * charity number comes first; otherwise an identifier from the settings or the export request. Nothing is made up:
 * without one, the organisation has no identifier and the caller reports it.
 */
final class OrganisationIdentifiers {
    /** A scheme prefix (GB-CHC, GB-COH, GB-LAE, XI-...) and an id, or a publisher's own 360G- identifier. */
    static final Pattern ORG_ID = Pattern.compile("([A-Z]{2}-[A-Z0-9]{2,}-\\S+)|(360G-\\S+)");
    private static final Pattern ENGLAND_AND_WALES = Pattern.compile("\\d{6,8}(-\\d+)?");
    private static final Pattern SCOTLAND = Pattern.compile("SC\\d{6}");
    private static final Pattern NORTHERN_IRELAND = Pattern.compile("NIC?\\d{5,6}");

    private final Map<UUID, String> given;

    OrganisationIdentifiers(Map<UUID, String> configured, Map<UUID, String> requested) {
        this.given = new java.util.HashMap<>(configured);
        this.given.putAll(requested);
    }

    /** Null when the organisation has no usable identifier. */
    String of(OrganisationView organisation) {
        String charity = organisation.charityNumber() == null ? "" : organisation.charityNumber().strip()
                .toUpperCase().replace(" ", "");
        if (ENGLAND_AND_WALES.matcher(charity).matches()) {
            return "GB-CHC-" + charity;
        }
        if (SCOTLAND.matcher(charity).matches()) {
            return "GB-SC-" + charity;
        }
        if (NORTHERN_IRELAND.matcher(charity).matches()) {
            return "GB-NIC-" + charity.replaceFirst("^NIC?", "");
        }
        String identifier = given.get(organisation.organisationId().value());
        return identifier != null && ORG_ID.matcher(identifier.strip()).matches() ? identifier.strip() : null;
    }

    /** Why {@link #of} found nothing, for the export report. */
    String missing(OrganisationView organisation) {
        String identifier = given.get(organisation.organisationId().value());
        if (identifier != null) {
            return organisation.name() + " has the identifier '" + identifier
                    + "', which is not an org-id.guide identifier such as GB-CHC-1234567 or GB-COH-12345678";
        }
        boolean hasCharityNumber = organisation.charityNumber() != null && !organisation.charityNumber().isBlank();
        return organisation.name() + (hasCharityNumber
                ? " has the charity number '" + organisation.charityNumber() + "', which is not a UK charity number"
                : " has no charity number on record")
                + "; give its organisation identifier (e.g. GB-COH-12345678) in the export request or in "
                + "irrigate.funding.360giving.organisation-identifiers";
    }
}
