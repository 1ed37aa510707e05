package org.irrigate.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 360Giving export of the demo story validates against the published schemas (the copies bundled with the
 * funding module, the package schema's reference to the grant schema mapped to the local file), and an award that
 * lacks what the standard needs is reported, not dropped.
 */
@IntegrationTest
class ThreeSixtyGivingExportTest {
    static final String PACKAGE = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/"
            + "360-giving-package-schema.json";
    static final String GRANT_AS_REFERENCED = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/"
            + "schema/360-giving-schema.json";
    static final String GRANT_ID = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/"
            + "360-giving-schema.json";
    static final List<String> DEMO_AWARDS = List.of(FundingChapter.STROUD_UKSPF_AWARD.toString(),
            FundingChapter.YOUTH_SERVICES_AWARD.toString(), FundingChapter.FAMILY_HUBS_AWARD.toString(),
            FundingChapter.LEVELLING_UP_AWARD.toString());

    @Autowired
    Api api;
    @Autowired
    Await await;

    FundingSteps steps;

    @BeforeEach
    void setUp() {
        steps = new FundingSteps(api);
    }

    /** The grant schema's $id (and the URL the package schema uses for it) mapped to the local copy. */
    static Schema packageSchema() {
        String local = "classpath:standards/360giving/";
        Map<String, String> mapped = Map.of(PACKAGE, local + "360-giving-package-schema.json",
                GRANT_AS_REFERENCED, local + "360-giving-schema.json", GRANT_ID, local + "360-giving-schema.json");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mappings(mapped))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(SchemaLocation.of(PACKAGE));
    }

    /** No demo organisation has a charity number on record: the export request supplies identifiers. */
    String identifiers() throws Exception {
        String organisations = api.get("coordinator", "/api/organisations").andReturn().getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(organisations, "$[*].organisationId");
        return ids.stream().map(id -> "\"" + id + "\": \"360G-hotspots-org-" + id + "\"").collect(Collectors.joining(", "));
    }

    @Test
    void theDemoStoryExportsAsAValid360GivingPackage() throws Exception {
        await.projections();
        String json = api.post("coordinator", "/api/funding/360giving/grants.json", """
                        {"awards": [%s], "organisationIdentifiers": {%s}}"""
                        .formatted(FundingSteps.quoted(DEMO_AWARDS), identifiers()))
                .andExpect(status().isOk())
                .andExpect(header().string("Irrigate-Export-Problems", "0"))
                .andReturn().getResponse().getContentAsString();

        List<Error> errors = packageSchema().validate(json, InputFormat.JSON);
        assertThat(errors).as("360Giving schema errors").isEmpty();
        assertThat(json).contains("\"amountAwarded\":3200000.00");

        // Stroud's award is two grants: the hubs, and the benches groups through their host.
        List<Map<String, Object>> stroud = JsonPath.read(json,
                "$.grants[?(@.id =~ /360G-hotspots-" + FundingChapter.STROUD_UKSPF_AWARD + "-.*/)]");
        assertThat(stroud).hasSize(2);
        assertThat(stroud).extracting(g -> pounds(g.get("amountAwarded"))).containsExactlyInAnyOrder(
                new BigDecimal("335000.00"), new BigDecimal("30000.00"));
        Map<String, Object> benches = stroud.stream()
                .filter(g -> pounds(g.get("amountAwarded")).equals(new BigDecimal("30000.00"))).findFirst().orElseThrow();
        assertThat(JsonPath.<String>read(benches, "$.recipientOrganization[0].name")).isEqualTo("The Grace Network");
        assertThat((String) benches.get("description"))
                .endsWith("For People on benches groups, an unconstituted group funded through The Grace Network.");
        assertThat(JsonPath.<String>read(benches, "$.beneficiaryLocation[0].geoCode")).isEqualTo("E07000082");
        assertThat(JsonPath.<String>read(benches, "$.beneficiaryLocation[0].geoCodeType")).isEqualTo("LAD");

        List<Map<String, Object>> youth = JsonPath.read(json,
                "$.grants[?(@.id == '360G-hotspots-" + FundingChapter.YOUTH_SERVICES_AWARD + "')]");
        assertThat(youth).singleElement().satisfies(grant -> {
            assertThat(pounds(grant.get("amountAwarded"))).isEqualTo(new BigDecimal("3200000.00"));
            assertThat(pounds(grant.get("amountAppliedFor"))).isEqualTo(new BigDecimal("3200000.00"));
            assertThat(pounds(grant.get("amountDisbursed"))).isEqualTo(new BigDecimal("960000.00"));
            assertThat(grant.get("awardDate")).isEqualTo("2023-12-04");
        });
    }

    /** Exact pounds and pence, whatever number type the JSON reader chose. */
    static BigDecimal pounds(Object amount) {
        return new BigDecimal(amount.toString()).setScale(2);
    }

    @Test
    void theCsvFormHasTheStandardsColumns() throws Exception {
        await.projections();
        String csv = api.post("coordinator", "/api/funding/360giving/grants.csv", """
                        {"awards": ["%s"], "organisationIdentifiers": {%s}}"""
                        .formatted(FundingChapter.YOUTH_SERVICES_AWARD, identifiers()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Identifier,Title,Description,Currency,Amount Applied For,Amount Awarded,")
                .contains("Recipient Org:Identifier,Recipient Org:Name", "Funding Org:Identifier,Funding Org:Name",
                        "Beneficiary Location:0:Geographic Code", "Beneficiary Location:1:Geographic Code Type");
        assertThat(lines[1]).startsWith("360G-hotspots-" + FundingChapter.YOUTH_SERVICES_AWARD
                + ",\"Open access youth services, Gloucester and Forest of Dean\",")
                .contains(",GBP,3200000.00,3200000.00,960000.00,2023-12-04,2024-04-01,2029-03-31,",
                        "Gloucestershire Gateway Trust", "E07000081,LAD,GB", "E07000080,LAD,GB");
    }

    @Test
    void anAwardWithoutOrganisationIdentifiersIsReportedNotDropped() throws Exception {
        // A recipient with a charity number, a funder without one: incomplete for 360Giving.
        String funder = steps.organisation("Incomplete Funder " + System.nanoTime(), "FUNDER", null);
        String recipient = steps.organisation("Charity " + System.nanoTime(), "VOLUNTARY_ORGANISATION", "1234567");
        String body = steps.singlePartAward("\"funder\": \"" + funder + "\"",
                        "{\"organisation\": \"" + recipient + "\"}", recipient, 500_000, 500_000)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String award = JsonPath.read(body, "$.awardId");
        await.projections();

        api.post("coordinator", "/api/funding/360giving/grants.json", """
                        {"awards": ["%s"]}""".formatted(award))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title", is("Not exportable")))
                .andExpect(jsonPath("$.errors[0].field", is("awards[" + award + "].fundingOrganization")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("has no charity number on record; give its "
                        + "organisation identifier")));

        // With the funder's identifier given, the same award exports; the recipient's charity number is used.
        String json = api.post("coordinator", "/api/funding/360giving/grants.json", """
                        {"awards": ["%s"], "organisationIdentifiers": {"%s": "GB-COH-09999999"}}"""
                        .formatted(award, funder))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(packageSchema().validate(json, InputFormat.JSON)).isEmpty();
        assertThat(JsonPath.<String>read(json, "$.grants[0].recipientOrganization[0].id")).isEqualTo("GB-CHC-1234567");
        assertThat(JsonPath.<String>read(json, "$.grants[0].fundingOrganization[0].id")).isEqualTo("GB-COH-09999999");

        // The whole store: the demo has no charity numbers, so everything is reported, nothing silently missing.
        String report = api.get("researcher", "/api/funding/360giving/report").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> reported = JsonPath.read(report, "$.problems[*].awardId");
        assertThat(reported).contains(award).containsAll(DEMO_AWARDS);
        assertThat((Boolean) JsonPath.read(report, "$.complete")).isFalse();
        api.get("researcher", "/api/funding/360giving/grants.csv").andExpect(status().isUnprocessableContent());
    }

    @Test
    void partialExportsSayHowManyWereLeftOut() throws Exception {
        await.projections();
        api.post("coordinator", "/api/funding/360giving/grants.json", """
                        {"awards": [%s], "organisationIdentifiers": {"%s": "GB-LAE-GLS"}, "partial": true}"""
                        .formatted(FundingSteps.quoted(DEMO_AWARDS), Cast.COUNTY))
                .andExpect(status().isUnprocessableContent());
        // Stroud District Council's identifier is not an org-id: Stroud's award is left out and counted.
        String identifiers = identifiers();
        String json = api.post("coordinator", "/api/funding/360giving/grants.json", """
                        {"awards": [%s], "organisationIdentifiers": {%s, "%s": "not an identifier"}, "partial": true}"""
                        .formatted(FundingSteps.quoted(DEMO_AWARDS), identifiers, Cast.STROUD_DC))
                .andExpect(status().isOk())
                .andExpect(header().string("Irrigate-Export-Problems", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(packageSchema().validate(json, InputFormat.JSON)).isEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.grants[*].id")).noneMatch(id -> id.contains(
                FundingChapter.STROUD_UKSPF_AWARD.toString()));
    }
}
