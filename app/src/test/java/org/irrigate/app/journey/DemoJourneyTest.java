package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The demo story's journeys: the Stroud hubs award and the declined Gloucester City bid. */
@IntegrationTest
class DemoJourneyTest extends JourneyIntegration {

    @Test
    void theStroudAwardGoesBackToTheUkspfAskAndTheConversationsWithDistrictOfficers() throws Exception {
        await.projections();
        String journey = json("coordinator", "/api/journeys/awards/" + FundingChapter.STROUD_UKSPF_AWARD);
        assertThat((String) JsonPath.read(journey, "$.decision.title")).contains("Stroud Community Hubs");
        assertThat((Integer) JsonPath.read(journey, "$.decision.amountPence")).isEqualTo(36_500_000);
        List<Map<String, Object>> advocacy = JsonPath.read(journey, "$.advocacy[?(@.via == 'CLAIMED')]");
        assertThat(advocacy).extracting(a -> a.get("advocacyActionId"))
                .contains(InfluenceChapter.UKSPF_ADVOCACY.toString());
        assertThat(advocacy).extracting(a -> (String) a.get("ask")).anyMatch(ask -> ask.contains("10% of UK Shared"));
        List<String> conversations = JsonPath.read(journey, "$.conversations[*].conversationId");
        assertThat(conversations).contains(InfluenceChapter.STROUD_1.toString(), InfluenceChapter.STROUD_2.toString(),
                InfluenceChapter.STROUD_3.toString());
        // the officers behind it: people in those conversations holding roles at Stroud District Council
        List<String> officers = JsonPath.read(journey, "$.conversations[*].people[?(@.roles[0].organisation.id == '"
                + Cast.STROUD_DC + "')].person.name");
        assertThat(officers).contains("Priya Shah", "Tom Hughes");
        List<String> carriers = JsonPath.read(journey, "$.people[?(@.atDecidingBody == true)].person.name");
        assertThat(carriers).contains("Priya Shah", "Tom Hughes");
        // first linked conversation 14 June 2022, decision 8 February 2023
        assertThat((String) JsonPath.read(journey, "$.leadTime.firstConversationOn")).isEqualTo("2022-06-14");
        assertThat((Integer) JsonPath.read(journey, "$.leadTime.days")).isEqualTo(239);
        assertThat((Boolean) JsonPath.read(journey, "$.keyPersonRisk.atRisk")).isFalse();
        // the retracted duplicate of the first meeting is never part of it
        assertThat(conversations).doesNotContain(InfluenceChapter.DUPLICATE_CONVERSATION.toString());
    }

    @Test
    void theDeclinedGloucesterBidShowsWhatWasTried() throws Exception {
        await.projections();
        String journey = json("ggt", "/api/journeys/bids/" + FundingChapter.GLOUCESTER_UKSPF_BID);
        assertThat((String) JsonPath.read(journey, "$.decision.outcome")).isEqualTo("DECLINED");
        List<Map<String, Object>> tried = JsonPath.read(journey, "$.advocacy[?(@.via == 'TRIED')]");
        assertThat(tried).singleElement().satisfies(a -> {
            assertThat(a.get("advocacyActionId")).isEqualTo(InfluenceChapter.UKSPF_GLOUCESTER_ADVOCACY.toString());
            assertThat(a.get("response")).isEqualTo("REJECTED");
            assertThat(a.get("outcome")).isEqualTo("NOT_ACHIEVED");
        });
        List<String> conversations = JsonPath.read(journey, "$.conversations[*].conversationId");
        assertThat(conversations).containsExactly(InfluenceChapter.GLOUCESTER_1.toString());
        // logged as a call by mistake and corrected: the journey shows the corrected meeting
        assertThat((String) JsonPath.read(journey, "$.conversations[0].channel")).isEqualTo("MEETING");
        assertThat((Integer) JsonPath.read(journey, "$.conversations[0].corrections")).isEqualTo(1);
        assertThat((List<String>) JsonPath.read(journey, "$.people[?(@.atDecidingBody == true)].person.name"))
                .containsExactly("Dan Price");
    }

    @Test
    void theYouthServicesJourneyRunsOnlyThroughTheCountyOfficerWhoLeft() throws Exception {
        await.projections();
        String now = json("coordinator", "/api/journeys/awards/" + FundingChapter.YOUTH_SERVICES_AWARD);
        assertThat((Boolean) JsonPath.read(now, "$.keyPersonRisk.atRisk")).isTrue();
        assertThat((List<String>) JsonPath.read(now, "$.keyPersonRisk.links[*].name")).containsExactly("Helen Carter");
        // before she left (30 June 2023) the same journey was not at risk
        String before = json("coordinator", "/api/journeys/bids/" + FundingChapter.YOUTH_SERVICES_BID
                + "?asOf=2023-06-01");
        assertThat((Boolean) JsonPath.read(before, "$.keyPersonRisk.atRisk")).isFalse();
    }

    @Test
    void unknownDecisionsAre404() throws Exception {
        api.get("coordinator", "/api/journeys/awards/" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
        api.get("coordinator", "/api/journeys/bids/" + java.util.UUID.randomUUID()).andExpect(status().isNotFound());
        api.get("coordinator", "/api/journeys/conversations/" + java.util.UUID.randomUUID())
                .andExpect(status().isNotFound());
        api.get("coordinator", "/api/journeys/relationships/not-a-uuid").andExpect(status().isBadRequest());
    }
}
