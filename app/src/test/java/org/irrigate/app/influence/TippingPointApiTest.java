package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.InfluenceChapter;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class TippingPointApiTest extends InfluenceIntegration {
    String mark(String user, String what, String conversations) throws Exception {
        return create(user, "/api/tipping-points", """
                {"happenedOn": "2023-06-01", "whatChanged": "%s", "before": "Officers decided alone",
                 "after": "Officers invite partners to shape the fund", "organisations": ["%s"], "place": "E07000081",
                 "conversations": [%s], "advocacyActions": ["%s"]}"""
                .formatted(what, Cast.GLOUCESTER_CITY, conversations, InfluenceChapter.UKSPF_ADVOCACY), "tippingPointId");
    }

    List<String> marked(String user, String query) throws Exception {
        return read(user, "/api/tipping-points?" + query, "$[*].tippingPointId");
    }

    @Test
    void aTippingPointIsMarkedListedAndRetracted() throws Exception {
        String what = "Officer invites partners to shape a fund " + UUID.randomUUID();
        String id = mark("gcbc", what, "\"" + InfluenceChapter.GLOUCESTER_2 + "\"");
        settle();
        api.get("researcher", "/api/tipping-points/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.whatChanged", is(what)))
                .andExpect(jsonPath("$.before", is("Officers decided alone")))
                .andExpect(jsonPath("$.place", is("E07000081")))
                .andExpect(jsonPath("$.conversations[0]", is(InfluenceChapter.GLOUCESTER_2.toString())))
                .andExpect(jsonPath("$.advocacyActions[0]", is(InfluenceChapter.UKSPF_ADVOCACY.toString())));
        assertThat(marked("gl11", "organisation=" + Cast.GLOUCESTER_CITY)).contains(id);
        assertThat(marked("gl11", "organisation=" + Cast.COTSWOLD)).doesNotContain(id);

        api.post("gcbc", "/api/tipping-points/" + id + "/retract", """
                {"reason": "It went back to how it was", "happenedOn": "2023-09-01"}""").andExpect(status().isNoContent());
        settle();
        assertThat(marked("gl11", "")).doesNotContain(id);
        assertThat(marked("gl11", "includeRetracted=true")).contains(id);
        api.get("gl11", "/api/tipping-points/" + id).andExpect(jsonPath("$.retracted", is(true)))
                .andExpect(jsonPath("$.retractionReason", is("It went back to how it was")));
        List<Map<String, Object>> timeline = timeline("coordinator", "organisation=" + Cast.GLOUCESTER_CITY
                + "&module=influence");
        assertThat(timeline).filteredOn(e -> id.equals(e.get("aggregateId"))).extracting(e -> e.get("summary"))
                .containsExactly("Retracted a tipping point: It went back to how it was", "Tipping point: " + what);

        refused("gcbc", "/api/tipping-points/" + id + "/retract", """
                {"reason": "Again"}""", status().isConflict());
    }

    @Test
    void aLinkedPrivateConversationIsShownOnlyToItsPartner() throws Exception {
        String secret = create("grace", "/api/conversations", """
                {"happenedOn": "2023-05-30", "channel": "CALL", "topic": "Off the record", "visibility": "PRIVATE",
                 "participants": [{"organisationId": "%s"}]}""".formatted(Cast.GLOUCESTER_CITY), "conversationId");
        String id = mark("grace", "Private link", "\"" + secret + "\"");
        settle();
        api.get("grace", "/api/tipping-points/" + id).andExpect(jsonPath("$.conversations[0]", is(secret)));
        api.get("gl11", "/api/tipping-points/" + id).andExpect(jsonPath("$.conversations.length()", is(0)));
        long before = api.storedEvents();
        api.post("gl11", "/api/tipping-points", """
                {"whatChanged": "W", "before": "B", "after": "A", "conversations": ["%s"]}""".formatted(secret))
                .andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputAndUnknownReferencesWriteNothing() throws Exception {
        long before = api.storedEvents();
        api.post("ggt", "/api/tipping-points", """
                {"whatChanged": " ", "before": "B", "after": "A"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("whatChanged")));
        api.post("ggt", "/api/tipping-points", """
                {"whatChanged": "W", "after": "A"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("before")));
        api.post("ggt", "/api/tipping-points", """
                {"whatChanged": "W", "before": "B", "after": "A", "happenedOn": "2999-01-01"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("ggt", "/api/tipping-points", """
                {"whatChanged": "W", "before": "B", "after": "A", "advocacyActions": ["%s"]}"""
                .formatted(UUID.randomUUID())).andExpect(status().isNotFound());
        api.post("ggt", "/api/tipping-points", """
                {"whatChanged": "W", "before": "B", "after": "A", "organisations": ["%s"]}"""
                .formatted(UUID.randomUUID())).andExpect(status().isNotFound());
        api.post("ggt", "/api/tipping-points/" + UUID.randomUUID() + "/retract", """
                {"reason": "r"}""").andExpect(status().isNotFound());
        api.get("ggt", "/api/tipping-points/" + UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void tippingPointsRebuildIdenticallyFromTheEvents() throws Exception {
        String id = mark("venture", "Replay", "");
        api.post("venture", "/api/tipping-points/" + id + "/retract", """
                {"reason": "Not one after all"}""").andExpect(status().isNoContent());
        assertRebuildsIdentically("tipping-points", Map.of(
                "influence_tipping_point", "id",
                "influence_tipping_point_link", "tipping_point_id, link_kind, link_order"));
    }
}
