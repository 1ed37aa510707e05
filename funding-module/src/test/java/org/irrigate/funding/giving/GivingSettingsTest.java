package org.irrigate.funding.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.junit.jupiter.api.Test;

class GivingSettingsTest {

    @Test
    void thePrefixDefaultsAndMustBeA360GivingPrefix() {
        assertThat(new GivingSettings(null, null).prefix()).isEqualTo("360G-hotspots");
        assertThat(new GivingSettings(" 360G-glos ", null).prefix()).isEqualTo("360G-glos");
        assertThatThrownBy(() -> new GivingSettings("hotspots", null))
                .hasMessageContaining("irrigate.funding.360giving.prefix");
    }

    static OrganisationView organisation(String charityNumber) {
        return new OrganisationView(OrganisationId.random(), "Org", OrganisationKind.VOLUNTARY_ORGANISATION, null,
                charityNumber, OrganisationStatus.ACTIVE, null, false, null, null, null);
    }

    @Test
    void aCharityNumberComesFirstThenAGivenIdentifierNeverAMadeUpOne() {
        OrganisationIdentifiers none = new OrganisationIdentifiers(Map.of(), Map.of());
        assertThat(none.of(organisation("1132584"))).isEqualTo("GB-CHC-1132584");
        assertThat(none.of(organisation("SC012345"))).isEqualTo("GB-SC-SC012345");
        assertThat(none.of(organisation("NIC100012"))).isEqualTo("GB-NIC-100012");
        assertThat(none.of(organisation(null))).isNull();
        assertThat(none.missing(organisation(null))).isEqualTo("Org has no charity number on record; give its "
                + "organisation identifier (e.g. GB-COH-12345678) in the export request or in "
                + "irrigate.funding.360giving.organisation-identifiers");

        OrganisationView company = organisation(" ");
        UUID id = company.organisationId().value();
        assertThat(new OrganisationIdentifiers(Map.of(id, "GB-COH-09999999"), Map.of()).of(company))
                .isEqualTo("GB-COH-09999999");
        assertThat(new OrganisationIdentifiers(Map.of(id, "GB-COH-1"), Map.of(id, "GB-COH-2")).of(company))
                .as("the request overrides the settings").isEqualTo("GB-COH-2");
        OrganisationIdentifiers invalid = new OrganisationIdentifiers(Map.of(), Map.of(id, "12345678"));
        assertThat(invalid.of(company)).isNull();
        assertThat(invalid.missing(company)).contains("'12345678', which is not an org-id.guide identifier");
    }
}
