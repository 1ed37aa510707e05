package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** From a conversation or a relationship forwards: what it led to. */
@IntegrationTest
class ForwardViewTest extends JourneyIntegration {

    @Test
    void theFirstStroudMeetingLedToTheHubsAwardByFourRoutes() throws Exception {
        await.projections();
        String forward = json("researcher", "/api/journeys/conversations/" + InfluenceChapter.STROUD_1);
        assertThat((List<String>) JsonPath.read(forward, "$.followUpConversations"))
                .containsExactly(InfluenceChapter.STROUD_2.toString(), InfluenceChapter.STROUD_3.toString());
        List<Map<String, Object>> ledTo = JsonPath.read(forward, "$.ledTo");
        assertThat(ledTo).extracting(l -> (String) ((Map<?, ?>) l.get("decision")).get("id"))
                .contains(FundingChapter.STROUD_UKSPF_AWARD.toString(), FundingChapter.STROUD_UKSPF_BID.toString())
                .doesNotContain(FundingChapter.GLOUCESTER_UKSPF_BID.toString());
        List<String> paths = ledTo.stream().map(l -> String.join(" > ", (List<String>) l.get("path"))).toList();
        assertThat(paths).contains("conversation")
                .anyMatch(p -> p.startsWith("advocacy step 1 of: 10% of UK Shared Prosperity Fund"))
                .anyMatch(p -> p.startsWith("evidence for the relationship The Grace Network – Stroud District Council"))
                .anyMatch(p -> p.startsWith("followed up by the conversation on 2022-09-20"));
        // the venue tipping point links the agreement call, a follow-up of this meeting
        assertThat((List<String>) JsonPath.read(forward, "$.tippingPoints[*].tippingPointId"))
                .containsExactly(InfluenceChapter.COMMUNITY_VENUE.toString());
    }

    @Test
    void aRelationshipLeadsToWhatItsClaimAndEvidenceLedTo() throws Exception {
        await.projections();
        String forward = json("gl11", "/api/journeys/relationships/" + InfluenceChapter.GRACE_STROUD_DC);
        assertThat((String) JsonPath.read(forward, "$.label"))
                .isEqualTo("relationship: The Grace Network – Stroud District Council");
        List<Map<String, Object>> direct = JsonPath.read(forward, "$.ledTo[?(@.path[0] == 'relationship')]");
        assertThat(direct).singleElement().satisfies(l -> assertThat(((Map<?, ?>) l.get("decision")).get("id"))
                .isEqualTo(FundingChapter.STROUD_UKSPF_AWARD.toString()));
        // before anything about it was recorded (it was first recorded in March 2022) it is unknown
        api.get("gl11", "/api/journeys/relationships/" + InfluenceChapter.GRACE_STROUD_DC + "?knownOn=2022-01-01")
                .andExpect(status().isNotFound());
    }

    @Test
    void aPrivateConversationIsNotFoundByOtherPartners() throws Exception {
        await.projections();
        api.get("ggt", "/api/journeys/conversations/" + InfluenceChapter.PRIVATE_CONVERSATION)
                .andExpect(status().isNotFound());
        api.get("grace", "/api/journeys/conversations/" + InfluenceChapter.PRIVATE_CONVERSATION)
                .andExpect(status().isOk());
        // retracted: still answered, says so, and leads nowhere
        String retracted = json("gl11", "/api/journeys/conversations/" + InfluenceChapter.DUPLICATE_CONVERSATION);
        assertThat((String) JsonPath.read(retracted, "$.label")).startsWith("retracted conversation: Duplicate");
        assertThat((List<?>) JsonPath.read(retracted, "$.ledTo")).isEmpty();
    }
}
