package org.irrigate.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.Cast;
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

/**
 * Contribution claims through the API. The influence module's records are not part of this branch; a claim's
 * reference is checked against the event store by aggregate id only, so these tests name an aggregate they record
 * themselves (an organisation) as the piece of work.
 */
@IntegrationTest
class ContributionClaimApiTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    FundingSteps steps;
    String award;
    String bid;
    String work;

    @BeforeEach
    void setUp() throws Exception {
        steps = new FundingSteps(api);
        bid = steps.awardedBid();
        award = steps.award(bid);
        work = steps.organisation("Recorded work " + System.nanoTime(), "COMMUNITY_GROUP", null);
    }

    String claim(String user, String target) throws Exception {
        String body = api.post(user, "/api/funding/contribution-claims", """
                        {"work": {"advocacyActionId": "%s"}, %s, "strength": "ESSENTIAL",
                         "rationale": "The ask became the council's model", "evidence": "Cabinet minutes",
                         "happenedOn": "2024-03-10"}""".formatted(work, target))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.contributionClaimId");
    }

    @Test
    void aClaimIsChallengedAndWithdrawnWithoutTouchingTheAward() throws Exception {
        await.projections();
        String awardBefore = api.get("coordinator", "/api/funding/awards/" + award).andReturn().getResponse()
                .getContentAsString();
        String claim = claim("ggt", "\"awardId\": \"" + award + "\"");
        String onDecision = claim("ggt", "\"bidId\": \"" + bid + "\"");
        api.post("gl11", "/api/funding/contribution-claims/" + claim + "/challenge", """
                {"reason": "The council had decided before the ask", "happenedOn": "2024-03-20"}""")
                .andExpect(status().isNoContent());
        api.post("gl11", "/api/funding/contribution-claims/" + onDecision + "/withdraw", """
                        {"reason": "Not ours to withdraw"}""")
                // refused by ownership before the claim's own rule is asked (docs/decisions/0004)
                .andExpect(status().isForbidden());
        api.post("ggt", "/api/funding/contribution-claims/" + onDecision + "/withdraw", """
                {"reason": "Overstated on reflection", "happenedOn": "2024-04-01"}""").andExpect(status().isNoContent());
        await.projections();

        api.get("researcher", "/api/funding/contribution-claims/" + claim)
                .andExpect(jsonPath("$.status", is("CHALLENGED")))
                .andExpect(jsonPath("$.workKind", is("ADVOCACY_ACTION")))
                .andExpect(jsonPath("$.work.advocacyActionId", is(work)))
                .andExpect(jsonPath("$.claimedBy", is(Cast.GGT.toString())))
                .andExpect(jsonPath("$.challenges[0].challengedBy", is(Cast.GL11.toString())));
        api.get("researcher", "/api/funding/contribution-claims?bid=" + bid)
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].status", is("WITHDRAWN")))
                .andExpect(jsonPath("$[0].withdrawalReason", is("Overstated on reflection")));
        api.get("researcher", "/api/funding/contribution-claims?work=" + work)
                .andExpect(jsonPath("$", hasSize(2)));
        String timeline = api.get("coordinator", "/api/timeline?module=funding&eventType=ContributionClaimed"
                + "&newestFirst=true").andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[?(@.aggregateId == '" + claim + "')].summary"))
                .containsExactly("Contribution claimed (essential): an advocacy action contributed to an award");
        assertThat(api.get("coordinator", "/api/funding/awards/" + award).andReturn().getResponse()
                .getContentAsString()).isEqualTo(awardBefore);

        String summary = api.get("coordinator", "/api/funding/awards/" + award + "/summary")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> lines = JsonPath.read(summary, "$.contributions");
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).containsEntry("strength", "ESSENTIAL").containsEntry("status", "CHALLENGED")
                .containsEntry("claimedBy", "Gloucestershire Gateway Trust").containsEntry("contributedTo", "the award");
        assertThat((List<String>) lines.getFirst().get("challenges")).singleElement().asString()
                .startsWith("GL11 Community Hub (2024-03-20): ");
        assertThat((Integer) JsonPath.read(summary, "$.withdrawnClaims")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(summary, "$.partners")).first()
                .isEqualTo("Gloucestershire Gateway Trust (lead)");
    }

    @Test
    void aClaimNamesWorkThatIsOnRecord() throws Exception {
        long before = api.storedEvents();
        api.post("ggt", "/api/funding/contribution-claims", """
                        {"work": {"conversationId": "0b6e2d4c-1111-4222-8333-944455556666"}, "awardId": "%s",
                         "strength": "SOME", "rationale": "r", "evidence": "e"}""".formatted(award))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("Conversation 0b6e2d4c-1111-4222-8333-944455556666 is not known")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two kinds of work   | {"work": {"conversationId": "WORK", "relationshipId": "WORK"}, "awardId": "AWARD", "strength": "SOME", "rationale": "r", "evidence": "e"} | work
            no target           | {"work": {"conversationId": "WORK"}, "strength": "SOME", "rationale": "r", "evidence": "e"}                        | awardId
            unknown strength    | {"work": {"conversationId": "WORK"}, "awardId": "AWARD", "strength": "HUGE", "rationale": "r", "evidence": "e"}    | strength
            no evidence         | {"work": {"conversationId": "WORK"}, "awardId": "AWARD", "strength": "SOME", "rationale": "r"}                     | evidence
            claimant in body    | {"work": {"conversationId": "WORK"}, "awardId": "AWARD", "strength": "SOME", "rationale": "r", "evidence": "e", "claimedBy": "x"} | claimedBy
            """)
    void badClaimsAreProblemsWithTheField(String what, String json, String field) throws Exception {
        long before = api.storedEvents();
        api.post("ggt", "/api/funding/contribution-claims", json.replace("WORK", work).replace("AWARD", award))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is(field)));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void claimsSurviveAReplay() throws Exception {
        String claim = claim("ggt", "\"awardId\": \"" + award + "\"");
        api.post("gl11", "/api/funding/contribution-claims/" + claim + "/challenge", """
                {"reason": "Doubt", "happenedOn": "2024-03-20"}""").andExpect(status().isNoContent());
        await.projections();
        List<List<Map<String, Object>>> before = List.of(
                jdbc.queryForList("select * from funding_contribution_claim order by id"),
                jdbc.queryForList("select * from funding_claim_challenge order by claim_id, sequence_number"));
        projections.rebuild("funding-contribution-claims", Duration.ofSeconds(60));
        assertThat(List.of(
                jdbc.queryForList("select * from funding_contribution_claim order by id"),
                jdbc.queryForList("select * from funding_claim_challenge order by claim_id, sequence_number")))
                .isEqualTo(before);
        assertThat(before.get(1)).isNotEmpty();
    }
}
