package org.irrigate.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class BidPipelineApiTest {
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

    List<String> thirtyTwoPartners() throws Exception {
        List<String> partners = new ArrayList<>(List.of(Cast.VENTURE.toString(), Cast.FVAF.toString()));
        for (int i = 0; i < 30; i++) {
            partners.add(steps.organisation("Partner " + i + " " + System.nanoTime(), "VOLUNTARY_ORGANISATION", null));
        }
        return partners;
    }

    @Test
    void aBidWithThirtyTwoPartnersGoesFromDraftToDecisionAndShowsInThePipeline() throws Exception {
        String opportunity = steps.opportunity("Youth services A");
        List<String> partners = thirtyTwoPartners();
        String bid = steps.bid(opportunity, partners);
        steps.submit(bid);
        steps.decide(bid, "PARTLY_AWARDED", 250_000_000, "2024-02-12");
        await.projections();

        api.get("ggt", "/api/funding/opportunities/" + opportunity)
                .andExpect(jsonPath("$.funder", is(Cast.COUNTY.toString())))
                .andExpect(jsonPath("$.totalPot", is(400000000)))
                .andExpect(jsonPath("$.places", is(List.of("E07000081", "E07000080"))));
        api.get("ggt", "/api/funding/bids/" + bid)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PARTLY_AWARDED")))
                .andExpect(jsonPath("$.programme", is("Youth services A")))
                .andExpect(jsonPath("$.partners", is(partners)))
                .andExpect(jsonPath("$.submittedOn", is("2023-11-20")))
                .andExpect(jsonPath("$.decisions", hasSize(1)))
                .andExpect(jsonPath("$.decisions[0].amount", is(250000000)))
                .andExpect(jsonPath("$.decisions[0].decidedBy", is(List.of(Cast.MARCUS_WEBB.toString()))));
        api.get("ggt", "/api/funding/bids?organisation=" + partners.get(31))
                .andExpect(jsonPath("$[*].bidId", is(List.of(bid))));

        String pipeline = api.get("researcher", "/api/funding/pipeline").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> partly = JsonPath.read(pipeline,
                "$[?(@.status == 'PARTLY_AWARDED' && @.funder == '" + Cast.COUNTY + "')]");
        assertThat(partly).hasSize(1);
        assertThat(((Number) partly.getFirst().get("decided")).longValue()).isGreaterThanOrEqualTo(250_000_000L);
    }

    @Test
    void theJourneyFromOpportunityToDecisionIsOnTheTimeline() throws Exception {
        String opportunity = steps.opportunity("Youth services B");
        String bid = steps.bid(opportunity, List.of(Cast.VENTURE.toString()));
        steps.submit(bid);
        steps.decide(bid, "DECLINED", 0, "2024-02-12");
        await.projections();
        String timeline = api.get("coordinator", "/api/timeline?module=funding&organisation=" + Cast.GGT
                + "&newestFirst=true&size=200").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(timeline, "$.items[?(@.aggregateId == '" + bid + "')]");
        assertThat(items).extracting(e -> e.get("eventType"))
                .containsExactly("BidDecided", "BidSubmitted", "BidDrafted");
        assertThat(items).extracting(e -> e.get("summary")).first().asString()
                .isEqualTo("Bid declined: Youth work for Gloucester and the Forest");
        assertThat(items.getLast()).containsEntry("recordedBy", "ggt").containsEntry("happenedOn", "2023-10-02");
    }

    @Test
    void aSecondDecisionNeedsAnAppeal() throws Exception {
        String bid = steps.bid(steps.opportunity("Youth services C"), List.of());
        steps.submit(bid);
        steps.decide(bid, "DECLINED", 0, "2024-02-12");
        long before = api.storedEvents();
        api.post("coordinator", "/api/funding/bids/" + bid + "/decision", """
                        {"outcome": "AWARDED", "amount": 320000000, "decisionMaker": "%s"}""".formatted(Cast.COUNTY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail",
                        is("The bid already has a decision; an appeal or amendment must reopen it first")));
        assertThat(api.storedEvents()).isEqualTo(before);

        // reopening a decision is the funder's act (or the coordinator's), not the lead's (docs/decisions/0004)
        api.post("coordinator", "/api/funding/bids/" + bid + "/reopen", """
                {"ground": "APPEAL", "reason": "Scoring error on question 4", "happenedOn": "2024-02-20"}""")
                .andExpect(status().isNoContent());
        steps.decide(bid, "AWARDED", 320_000_000, "2024-03-05");
        await.projections();
        api.get("ggt", "/api/funding/bids/" + bid)
                .andExpect(jsonPath("$.status", is("AWARDED")))
                .andExpect(jsonPath("$.decisions[0].outcome", is("DECLINED")))
                .andExpect(jsonPath("$.decisions[0].reopenedBy", is("APPEAL")))
                .andExpect(jsonPath("$.decisions[0].reopenReason", is("Scoring error on question 4")))
                .andExpect(jsonPath("$.decisions[1].outcome", is("AWARDED")))
                .andExpect(jsonPath("$.decisions[1].decisionNumber", is(2)));
    }

    @Test
    void onlyASubmittedBidGetsADecisionAndAWithdrawnOneNone() throws Exception {
        String bid = steps.bid(steps.opportunity("Youth services D"), List.of());
        long before = api.storedEvents();
        api.post("coordinator", "/api/funding/bids/" + bid + "/decision", """
                        {"outcome": "AWARDED", "amount": 320000000, "decisionMaker": "%s"}""".formatted(Cast.COUNTY))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("Only a submitted bid gets a decision; this bid is still a draft")));
        assertThat(api.storedEvents()).isEqualTo(before);
        api.post("ggt", "/api/funding/bids/" + bid + "/withdraw", """
                {"reason": "Partnership not ready", "happenedOn": "2023-10-20"}""").andExpect(status().isNoContent());
        await.projections();
        api.get("ggt", "/api/funding/bids?status=WITHDRAWN")
                .andExpect(jsonPath("$[*].bidId", hasItem(bid)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title                 | {"title": " ", "amountRequested": 100}                         | title
            negative amount          | {"title": "T", "amountRequested": -1}                          | amountRequested
            zero amount              | {"title": "T", "amountRequested": 0}                           | amountRequested
            more than the pot        | {"title": "T", "amountRequested": 400000001}                   | amountRequested
            lead among partners      | {"title": "T", "amountRequested": 100, "partners": ["LEAD"]}   | partners
            unknown field            | {"title": "T", "amountRequested": 100, "recordedBy": "ggt"}    | recordedBy
            future date              | {"title": "T", "amountRequested": 100, "happenedOn": "2999-01-01"} | happenedOn
            """)
    void badDraftsAreProblemsWithTheFieldAndWriteNothing(String what, String json, String field) throws Exception {
        String opportunity = steps.opportunity("Youth services E");
        String body = json.replace("LEAD", Cast.GGT.toString()).replaceFirst("\\{", "{\"fundingOpportunityId\": \""
                + opportunity + "\", \"lead\": \"" + Cast.GGT + "\", ");
        long before = api.storedEvents();
        api.post("ggt", "/api/funding/bids", body)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field", is(field)));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownReferencesAreNotFound() throws Exception {
        String unknown = "0b6e2d4c-1111-4222-8333-944455556666";
        String opportunity = steps.opportunity("Youth services F");
        long before = api.storedEvents();
        api.post("ggt", "/api/funding/bids", """
                {"fundingOpportunityId": "%s", "title": "T", "lead": "%s", "amountRequested": 1}"""
                .formatted(unknown, Cast.GGT)).andExpect(status().isNotFound());
        api.post("ggt", "/api/funding/bids", """
                {"fundingOpportunityId": "%s", "title": "T", "lead": "%s", "partners": ["%s"], "amountRequested": 1}"""
                .formatted(opportunity, Cast.GGT, unknown)).andExpect(status().isNotFound());
        api.post("ggt", "/api/funding/bids/" + unknown + "/submit", "{}").andExpect(status().isNotFound());
        api.get("ggt", "/api/funding/bids/" + unknown).andExpect(status().isNotFound());
        api.get("ggt", "/api/funding/opportunities/" + unknown).andExpect(status().isNotFound());
        api.post("coordinator", "/api/funding/opportunities", """
                {"funder": "%s", "programme": "P", "places": ["E07000999"]}""".formatted(Cast.COUNTY))
                .andExpect(status().isNotFound());
        api.get("ggt", "/api/funding/bids/not-a-uuid").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("bidId")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void researchersReadButDoNotWrite() throws Exception {
        api.post("researcher", "/api/funding/opportunities", """
                {"funder": "%s", "programme": "P"}""".formatted(Cast.COUNTY)).andExpect(status().isForbidden());
        api.get("researcher", "/api/funding/bids").andExpect(status().isOk());
        api.get(null, "/api/funding/bids").andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoStoryHasTheDeclinedGloucesterBid() throws Exception {
        api.get("coordinator", "/api/funding/bids/" + FundingChapter.GLOUCESTER_UKSPF_BID)
                .andExpect(jsonPath("$.status", is("DECLINED")))
                .andExpect(jsonPath("$.funder", is(Cast.GLOUCESTER_CITY.toString())));
        api.get("coordinator", "/api/funding/bids/" + FundingChapter.YOUTH_SERVICES_BID)
                .andExpect(jsonPath("$.status", is("AWARDED")))
                .andExpect(jsonPath("$.lead", is(Cast.GGT.toString())))
                .andExpect(jsonPath("$.partners", hasItem(Cast.VENTURE.toString())))
                .andExpect(jsonPath("$.partners", hasItem(Cast.FVAF.toString())))
                .andExpect(jsonPath("$.partners.length()", is(31)));
    }

    @Test
    void thePipelineSurvivesAReplay() throws Exception {
        steps.awardedBid();
        await.projections();
        List<List<Map<String, Object>>> before = snapshot();
        projections.rebuild("funding-pipeline", Duration.ofSeconds(60));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before.get(2)).isNotEmpty();
    }

    List<List<Map<String, Object>>> snapshot() {
        return List.of(
                jdbc.queryForList("select * from funding_opportunity order by id"),
                jdbc.queryForList("select * from funding_opportunity_place order by opportunity_id, place_code"),
                jdbc.queryForList("select * from funding_bid order by id"),
                jdbc.queryForList("select * from funding_bid_partner order by bid_id, organisation_id"),
                jdbc.queryForList("select * from funding_decision order by bid_id, decision_number"),
                jdbc.queryForList("select * from funding_decision_person order by bid_id, decision_number, person_id"));
    }
}
