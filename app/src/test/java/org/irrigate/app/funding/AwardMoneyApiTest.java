package org.irrigate.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AwardMoneyApiTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    FundingSteps steps;

    @BeforeEach
    void setUp() {
        steps = new FundingSteps(api);
    }

    @Test
    void fromOpportunityToAwardToDisbursementWithWhatRemains() throws Exception {
        String award = steps.award(steps.awardedBid());
        String body = api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                        {"part": "year-2024", "amount": 16000000, "reference": "Q1", "happenedOn": "2024-06-28"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/funding/awards/" + award))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.disbursementId")).isNotBlank();
        await.projections();

        api.get("coordinator", "/api/funding/awards/" + award)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(320000000)))
                .andExpect(jsonPath("$.paid", is(16000000)))
                .andExpect(jsonPath("$.remaining", is(304000000)))
                .andExpect(jsonPath("$.schedule", hasSize(5)))
                .andExpect(jsonPath("$.schedule[0].paid", is(16000000)))
                .andExpect(jsonPath("$.schedule[0].remaining", is(48000000)))
                .andExpect(jsonPath("$.disbursements[0].reference", is("Q1")))
                .andExpect(jsonPath("$.partners[0]", is(Cast.GGT.toString())))
                .andExpect(jsonPath("$.amountRequested", is(320000000)));

        String timeline = api.get("coordinator", "/api/timeline?module=funding&newestFirst=true&size=500")
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> entries = JsonPath.read(timeline, "$.items[?(@.aggregateId == '" + award + "')]");
        assertThat(entries).extracting(e -> e.get("eventType")).containsExactly("DisbursementRecorded",
                "AwardRecorded");
        assertThat(entries.getFirst().get("summary"))
                .isEqualTo("Paid £160,000.00 of Youth services (part year-2024); £3,040,000.00 remains");
    }

    @Test
    void aScheduleThatDoesNotAddUpIsRefusedWithTheFieldAndWritesNothing() throws Exception {
        String bid = steps.awardedBid();
        long before = api.storedEvents();
        String ggt = "{\"organisation\": \"" + Cast.GGT + "\"}";
        steps.singlePartAward("\"bidId\": \"" + bid + "\"", ggt, Cast.GGT.toString(), 320_000_000, 319_999_999)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("schedule")))
                .andExpect(jsonPath("$.errors[0].reason",
                        is("parts add up to £3,199,999.99, not the total of £3,200,000.00 (£0.01 short)")));
        steps.singlePartAward("\"bidId\": \"" + bid + "\"", ggt, Cast.GGT.toString(), 300_000_000, 300_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("total")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnconstitutedGroupNeedsAHost() throws Exception {
        String funder = steps.organisation("Benches Funder " + System.nanoTime(), "FUNDER", null);
        long before = api.storedEvents();
        String from = "\"funder\": \"" + funder + "\"";
        String benches = Cast.PEOPLE_ON_BENCHES.toString();
        steps.singlePartAward(from, "{\"organisation\": \"" + benches + "\"}", benches, 1_000_000, 1_000_000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("recipients[0].host")));
        assertThat(api.storedEvents()).isEqualTo(before);
        steps.singlePartAward(from, "{\"organisation\": \"" + benches + "\", \"host\": \"" + Cast.GL11 + "\"}",
                        benches, 1_000_000, 1_000_000)
                .andExpect(status().isCreated());
    }

    @Test
    void aPartIsNeverOverPaid() throws Exception {
        String award = steps.award(steps.awardedBid());
        api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                {"part": "year-2024", "amount": 64000000, "happenedOn": "2024-06-28"}""").andExpect(status().isCreated());
        long before = api.storedEvents();
        api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                        {"part": "year-2024", "amount": 1, "happenedOn": "2024-06-29"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("Paying £0.01 would over-pay part year-2024: only £0.00 of it remains")));
        api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                        {"part": "year-2099", "amount": 1, "happenedOn": "2024-06-29"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("part")));
        api.post("ggt", "/api/funding/awards/0b6e2d4c-1111-4222-8333-944455556666/disbursements", """
                {"part": "year-2024", "amount": 1}""").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void anAmendmentIsAnEventAndKeepsWhatWasPaid() throws Exception {
        String award = steps.award(steps.awardedBid());
        api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                {"part": "year-2024", "amount": 64000000, "happenedOn": "2024-06-28"}""").andExpect(status().isCreated());
        String sixYears = """
                {"total": %d, "reason": "A sixth year", "happenedOn": "2025-01-10", "schedule": [%s]}""";
        StringBuilder parts = new StringBuilder();
        for (int year = 2024; year < 2030; year++) {
            parts.append(year == 2024 ? "" : ",").append("""
                    {"key": "year-%d", "label": "Year from April %d", "recipient": "%s", "from": "%d-04-01",
                     "to": "%d-03-31", "amount": 64000000}""".formatted(year, year, Cast.GGT, year, year + 1));
        }
        api.post("coordinator", "/api/funding/awards/" + award + "/amend", sixYears.formatted(384_000_000L, parts))
                .andExpect(status().isNoContent());
        long before = api.storedEvents();
        api.post("coordinator", "/api/funding/awards/" + award + "/amend", sixYears.formatted(384_000_000L, parts))
                .andExpect(status().isConflict());
        assertThat(api.storedEvents()).isEqualTo(before);
        await.projections();
        api.get("coordinator", "/api/funding/awards/" + award)
                .andExpect(jsonPath("$.total", is(384000000)))
                .andExpect(jsonPath("$.remaining", is(320000000)))
                .andExpect(jsonPath("$.amendments[0].previousTotal", is(320000000)))
                .andExpect(jsonPath("$.amendments[0].reason", is("A sixth year")))
                .andExpect(jsonPath("$.schedule", hasSize(6)));
    }

    @Test
    void moneyAddsUpExactlyByFunderYearPlaceRecipientAndPartner() throws Exception {
        String funder = steps.organisation("Money Test Funder " + System.nanoTime(), "FUNDER", null);
        String recipientA = steps.organisation("Recipient A " + System.nanoTime(), "COMMUNITY_GROUP", null);
        api.post("coordinator", "/api/funding/awards", """
                        {"funder": "%s", "title": "Two recipients", "recipients": [{"organisation": "%s"},
                         {"organisation": "%s"}], "total": 100001,
                         "schedule": [{"key": "a", "label": "A", "recipient": "%s", "from": "2023-04-01",
                         "to": "2024-03-31", "amount": 33334}, {"key": "b", "label": "B", "recipient": "%s",
                         "from": "2024-04-01", "to": "2025-03-31", "amount": 66667}],
                         "places": ["E07000082"], "happenedOn": "2023-03-15"}"""
                        .formatted(funder, recipientA, Cast.GL11, recipientA, Cast.GL11))
                .andExpect(status().isCreated());
        await.projections();
        assertThat(row("FUNDER", funder)).containsEntry("awarded", 100001).containsEntry("scheduled", 100001)
                .containsEntry("paid", 0);
        assertThat(row("RECIPIENT", recipientA)).containsEntry("awarded", 33334).containsEntry("scheduled", 33334);
        assertThat(row("PLACE", "E07000082")).containsKey("awarded");
        assertThat(row("YEAR", "2024")).containsKey("scheduled");
        assertThat(row("PARTNER", Cast.GGT.toString())).containsKey("awarded");

        // the demo story: Stroud District Council's one award, exactly
        assertThat(row("FUNDER", Cast.STROUD_DC.toString())).containsEntry("awarded", 36500000)
                .containsEntry("scheduled", 36500000).containsEntry("paid", 36500000 - 4583333);
        api.get("coordinator", "/api/funding/money").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("by")));
        api.get("coordinator", "/api/funding/money?by=COLOUR").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("by")));
    }

    Map<String, Object> row(String by, String key) throws Exception {
        String body = api.get("researcher", "/api/funding/money?by=" + by).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$[?(@.key == '" + key + "')]");
        assertThat(rows).as(by + " " + key).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void theStroudAwardInTheDemoHasItsHubsFacilitatorsAndBenchesParts() throws Exception {
        api.get("coordinator", "/api/funding/awards/" + FundingChapter.STROUD_UKSPF_AWARD)
                .andExpect(jsonPath("$.total", is(36500000)))
                .andExpect(jsonPath("$.funder", is(Cast.STROUD_DC.toString())))
                .andExpect(jsonPath("$.programme", is("UK Shared Prosperity Fund (Stroud District)")))
                .andExpect(jsonPath("$.recipients[1].organisation", is(Cast.PEOPLE_ON_BENCHES.toString())))
                .andExpect(jsonPath("$.recipients[1].host", is(Cast.GRACE.toString())))
                .andExpect(jsonPath("$.schedule", hasSize(7)))
                .andExpect(jsonPath("$.schedule[2].amount", is(9166666)))
                .andExpect(jsonPath("$.remaining", is(4583333)));
        String summary = api.get("coordinator", "/api/funding/awards/" + FundingChapter.STROUD_UKSPF_AWARD
                + "/summary").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(summary, "$.funder")).isEqualTo("Stroud District Council");
        assertThat((List<String>) JsonPath.read(summary, "$.recipients")).containsExactly("Stroud community hubs",
                "People on benches groups (funded through The Grace Network)");
        assertThat((String) JsonPath.read(summary, "$.decision")).isEqualTo("AWARDED");
        assertThat((List<String>) JsonPath.read(summary, "$.places")).containsExactly("Stroud (E07000082)");
        api.get("coordinator", "/api/funding/awards/" + FundingChapter.YOUTH_SERVICES_AWARD)
                .andExpect(jsonPath("$.total", is(320000000)))
                .andExpect(jsonPath("$.schedule[*].amount", is(List.of(64000000, 64000000, 64000000, 64000000,
                        64000000))));
        api.get("coordinator", "/api/funding/awards/" + FundingChapter.FAMILY_HUBS_AWARD)
                .andExpect(jsonPath("$.total", is(180000000)));
        api.get("coordinator", "/api/funding/awards/" + FundingChapter.LEVELLING_UP_AWARD)
                .andExpect(jsonPath("$.total", is(25000000)))
                .andExpect(jsonPath("$.remaining", is(0)));
    }

    @Test
    void moneySurvivesAReplay() throws Exception {
        String award = steps.award(steps.awardedBid());
        api.post("ggt", "/api/funding/awards/" + award + "/disbursements", """
                {"part": "year-2025", "amount": 100, "happenedOn": "2024-06-28"}""").andExpect(status().isCreated());
        await.projections();
        List<List<Map<String, Object>>> before = snapshot();
        projections.rebuild("funding-money", Duration.ofSeconds(60));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before.get(3)).isNotEmpty();
    }

    List<List<Map<String, Object>>> snapshot() {
        return List.of(
                jdbc.queryForList("select * from funding_money_programme order by opportunity_id"),
                jdbc.queryForList("select * from funding_money_bid order by bid_id"),
                jdbc.queryForList("select * from funding_money_bid_partner order by bid_id, organisation_id"),
                jdbc.queryForList("select * from funding_award order by id"),
                jdbc.queryForList("select * from funding_award_recipient order by award_id, organisation_id"),
                jdbc.queryForList("select * from funding_award_place order by award_id, place_code"),
                jdbc.queryForList("select * from funding_schedule_part order by award_id, part_key"),
                jdbc.queryForList("select * from funding_disbursement order by id"),
                jdbc.queryForList("select * from funding_award_amendment order by award_id, sequence_number"));
    }
}
