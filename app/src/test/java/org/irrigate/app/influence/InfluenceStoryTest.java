package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.irrigate.app.demo.InfluenceChapter.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.ConversationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's influence chapter reads back as the seeds tell it. */
@IntegrationTest
class InfluenceStoryTest extends InfluenceIntegration {
    @BeforeEach
    void storyIsRead() {
        settle();
    }

    @Test
    void theUkspfAdvocacyWonInStroudThroughThreeSteps() throws Exception {
        api.get("researcher", "/api/advocacy-actions/" + UKSPF_ADVOCACY)
                .andExpect(jsonPath("$.status", is("OUTCOME_RECORDED")))
                .andExpect(jsonPath("$.targetOrganisation", is(Cast.STROUD_DC.toString())))
                .andExpect(jsonPath("$.steps[*].kind", is(List.of("MEETING", "PROPOSAL", "PRESENTATION"))))
                .andExpect(jsonPath("$.steps[*].conversations[0]", is(List.of(STROUD_1.toString(),
                        STROUD_2.toString(), LEVELLING_UP_CONFERENCE.toString()))))
                .andExpect(jsonPath("$.responses[0].response", is("ACCEPTED")))
                .andExpect(jsonPath("$.outcomes[0].result", is("ACHIEVED")));
        api.get("researcher", "/api/advocacy-actions/" + UKSPF_GLOUCESTER_ADVOCACY)
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.outcomes[0].result", is("NOT_ACHIEVED")));
        api.get("researcher", "/api/advocacy-actions/" + LEVELLING_UP_ADVOCACY)
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.outcomes[0].result", is("PARTLY_ACHIEVED")));
        api.get("researcher", "/api/advocacy-actions/" + YOUTH_SERVICES_ADVOCACY)
                .andExpect(jsonPath("$.status", is("OUTCOME_RECORDED")))
                .andExpect(jsonPath("$.advocates.length()", is(3)));
        api.get("researcher", "/api/conversations/" + STROUD_1)
                .andExpect(jsonPath("$.followUpConversations[0]", is(STROUD_2.toString())))
                .andExpect(jsonPath("$.followUps[0].status", is("DONE")));
        api.get("researcher", "/api/conversations/" + STROUD_2)
                .andExpect(jsonPath("$.followUpConversations[0]", is(STROUD_3.toString())));
        api.get("researcher", "/api/conversations/" + GLOUCESTER_1)
                .andExpect(jsonPath("$.channel", is("MEETING")))
                .andExpect(jsonPath("$.corrections", is(1)))
                .andExpect(jsonPath("$.followUpConversations[0]", is(GLOUCESTER_2.toString())));
    }

    @Test
    void relationshipsStrengthenAndTheCountyOneIsAtRiskOnceItsOfficerLeft() throws Exception {
        api.get("gl11", "/api/relationships/" + GRACE_STROUD_DC)
                .andExpect(jsonPath("$.strength", is("TRUSTED")))
                .andExpect(jsonPath("$.history[*].strength", is(List.of("AWARE", "ENGAGED", "ENGAGED", "TRUSTED"))))
                .andExpect(jsonPath("$.history[0].assessedOn", is("2022-03-14")))
                .andExpect(jsonPath("$.history[3].assessedOn", is("2023-02-08")))
                .andExpect(jsonPath("$.atRisk", is(false)));
        api.get("gl11", "/api/relationships/" + GGT_COUNTY)
                .andExpect(jsonPath("$.strength", is("TRUSTED")))
                .andExpect(jsonPath("$.atRisk", is(true)))
                .andExpect(jsonPath("$.atRiskSince", is("2023-06-30")))
                .andExpect(jsonPath("$.risks[0].endedRole.personId", is(Cast.HELEN_CARTER.toString())));
        String map = json("gl11", "/api/relationships?atRisk=true");
        assertThat(JsonPath.<List<String>>read(map, "$.edges[*].relationshipId")).contains(GGT_COUNTY.toString())
                .doesNotContain(GRACE_STROUD_DC.toString());
        assertThat(JsonPath.<List<String>>read(json("gl11", "/api/relationships"),
                "$.nodes[?(@.party.personId == '" + Cast.RUTH_ELLIS + "')].name")).containsExactly("Ruth Ellis");
    }

    @Test
    void oneDemoFollowUpIsOverdue() throws Exception {
        Set<String> story = Stream.of(STROUD_1, STROUD_2, STROUD_3, GLOUCESTER_1, GLOUCESTER_2, LEVELLING_UP_CONFERENCE,
                ICB_SEAT_CONVERSATION, COUNTY_YOUTH_1, COUNTY_YOUTH_2, COUNTY_YOUTH_3, PRIVATE_CONVERSATION,
                DUPLICATE_CONVERSATION).map(ConversationId::toString).collect(java.util.stream.Collectors.toSet());
        List<Map<String, Object>> overdue = JsonPath.read(json("coordinator", "/api/follow-ups?status=OVERDUE"), "$");
        assertThat(overdue).filteredOn(f -> story.contains((String) f.get("conversationId")))
                .extracting(f -> f.get("conversationId"), f -> f.get("action"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GLOUCESTER_2.toString(),
                        "Ask the city for feedback on why the bid failed"));
    }

    @Test
    void thePrivateConversationStaysWithTheGraceNetwork() throws Exception {
        api.get("grace", "/api/conversations/" + PRIVATE_CONVERSATION).andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility", is("PRIVATE")));
        api.get("coordinator", "/api/conversations/" + PRIVATE_CONVERSATION).andExpect(status().isOk());
        api.get("gl11", "/api/conversations/" + PRIVATE_CONVERSATION).andExpect(status().isNotFound());
        assertThat(JsonPath.<List<String>>read(json("gl11", "/api/conversations?organisation=" + Cast.STROUD_DC),
                "$[*].conversationId")).contains(STROUD_1.toString()).doesNotContain(PRIVATE_CONVERSATION.toString())
                .doesNotContain(DUPLICATE_CONVERSATION.toString());
    }

    @Test
    void seatsOnTheLspAndIcbAndTheCommunityVenue() throws Exception {
        api.get("researcher", "/api/representations/" + LSP_SEAT)
                .andExpect(jsonPath("$.bodyName", is("Local Strategic Partnership")))
                .andExpect(jsonPath("$.personName", is("Will Mansell")))
                .andExpect(jsonPath("$.organisationId", is(Cast.GRACE.toString())));
        assertThat(JsonPath.<List<String>>read(json("researcher", "/api/representations?on=2023-06-01"),
                "$[*].representationId")).contains(LSP_SEAT.toString(), ICB_SEAT.toString());
        assertThat(JsonPath.<List<String>>read(json("researcher", "/api/representations?on=2022-12-01"),
                "$[*].representationId")).contains(LSP_SEAT.toString()).doesNotContain(ICB_SEAT.toString());
        api.get("researcher", "/api/tipping-points/" + COMMUNITY_VENUE)
                .andExpect(jsonPath("$.whatChanged", is("Council meeting moved to a community venue")))
                .andExpect(jsonPath("$.happenedOn", is("2023-04-19")))
                .andExpect(jsonPath("$.advocacyActions[0]", is(UKSPF_ADVOCACY.toString())));
    }

    @Test
    void theStoryIsOnTheTimelineAsTheDemoPartnersRecordedIt() throws Exception {
        Map<String, Object> logged = timeline("coordinator", "module=influence&eventType=ConversationLogged"
                        + "&organisation=" + Cast.STROUD_DC).stream()
                .filter(e -> STROUD_1.toString().equals(e.get("aggregateId"))).findFirst().orElseThrow();
        assertThat(logged).containsEntry("recordedBy", "grace").containsEntry("onBehalfOf", Cast.GRACE.toString())
                .containsEntry("happenedOn", "2022-06-14").containsEntry("recordedAt", "2022-06-16T10:00:00Z");
    }
}
