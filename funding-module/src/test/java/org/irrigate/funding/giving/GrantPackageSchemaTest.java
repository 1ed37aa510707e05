package org.irrigate.funding.giving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The bundled schemas really check grants: a valid one passes, and each kind of gap is caught. */
class GrantPackageSchemaTest {
    static final GrantPackageSchema SCHEMA = new GrantPackageSchema();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ObjectNode grant() {
        return (ObjectNode) JSON.readTree("""
                {"id": "360G-hotspots-1", "title": "Hubs", "description": "Ten hubs", "currency": "GBP",
                 "amountAwarded": 275000.00, "awardDate": "2023-04-03",
                 "plannedDates": [{"startDate": "2023-04-01", "endDate": "2026-03-31"}],
                 "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "Hubs"}],
                 "fundingOrganization": [{"id": "GB-COH-09999999", "name": "Funder"}],
                 "beneficiaryLocation": [{"name": "Stroud", "geoCode": "E07000082", "geoCodeType": "LAD",
                                          "countryCode": "GB"}],
                 "dateModified": "2023-04-05T10:00:00Z"}""");
    }

    static JsonNode packageOf(ObjectNode grant) {
        ObjectNode dataPackage = JSON.createObjectNode();
        dataPackage.putArray("grants").add(grant);
        return dataPackage;
    }

    @Test
    void aCompleteGrantIsValid() {
        assertThat(SCHEMA.errors(packageOf(grant()))).isEmpty();
    }

    @Test
    void aGrantWithoutRecipientIsNot() {
        ObjectNode grant = grant();
        grant.remove("recipientOrganization");
        assertThat(SCHEMA.errors(packageOf(grant))).anyMatch(e -> e.contains("recipientOrganization"));
    }

    @Test
    void datesAndCodesAreChecked() {
        ObjectNode grant = grant();
        grant.put("awardDate", "2023-13-03");
        grant.put("currency", "POUNDS");
        assertThat(SCHEMA.errors(packageOf(grant))).anyMatch(e -> e.startsWith("/grants/0/awardDate"))
                .anyMatch(e -> e.startsWith("/grants/0/currency"));
    }

    @Test
    void anEmptyPackageIsNot() {
        ObjectNode empty = JSON.createObjectNode();
        empty.putArray("grants");
        assertThat(SCHEMA.errors(empty)).isNotEmpty();
    }

    @Test
    void theCsvKeepsExactAmountsAndQuotesCommas() {
        ObjectNode grant = grant();
        grant.put("title", "Hubs, Stroud");
        grant.put("amountAwarded", new java.math.BigDecimal("275000.00"));
        ObjectNode dataPackage = (ObjectNode) packageOf(grant);
        String[] lines = GrantCsv.of(dataPackage).split("\r\n");
        assertThat(lines[0]).contains("Beneficiary Location:Geographic Code").doesNotContain(":0:");
        assertThat(lines[1]).startsWith("360G-hotspots-1,\"Hubs, Stroud\",Ten hubs,GBP,,275000.00,,2023-04-03,")
                .contains("GB-CHC-1234567,Hubs,,GB-COH-09999999,Funder,,Stroud,E07000082,LAD,GB,2023-04-05T10:00:00Z");
    }
}
