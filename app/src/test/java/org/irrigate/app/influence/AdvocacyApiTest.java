package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class AdvocacyApiTest extends InfluenceIntegration {
    String start(String user, String ask) throws Exception {
        return create(user, "/api/advocacy-actions", """
                {"ask": "%s", "decisionAtStake": "The district's community grants budget",
                 "advocates": ["%s", "%s"], "targetOrganisation": "%s", "targetPeople": ["%s"],
                 "happenedOn": "2023-01-05"}""".formatted(ask, Cast.GRACE, Cast.GL11, Cast.STROUD_DC, Cast.TOM_HUGHES),
                "advocacyActionId");
    }

    /** Where the action sits on the board, as the given user sees it. */
    @SuppressWarnings("unchecked")
    String column(String user, String id) throws Exception {
        List<Map<String, Object>> columns = JsonPath.read(json(user, "/api/advocacy-actions"), "$.columns");
        List<String> statuses = columns.stream()
                .filter(c -> ((List<Map<String, Object>>) c.get("actions")).stream()
                        .anyMatch(a -> id.equals(a.get("advocacyActionId"))))
                .map(c -> (String) c.get("status")).toList();
        assertThat(statuses).hasSize(1);
        return statuses.getFirst();
    }

    @Test
    void anAdvocacyActionRunsThroughItsLifecycle() throws Exception {
        String ask = "Grants for unconstituted groups " + UUID.randomUUID();
        String id = start("grace", ask);
        String meeting = create("grace", "/api/conversations", """
                {"happenedOn": "2023-01-20", "channel": "MEETING", "topic": "Grants", "visibility": "SHARED",
                 "participants": [{"organisationId": "%s"}]}""".formatted(Cast.STROUD_DC), "conversationId");
        settle();
        assertThat(column("gcbc", id)).isEqualTo("STARTED");

        long before = api.storedEvents();
        api.post("grace", "/api/advocacy-actions/" + id + "/outcome", """
                {"result": "ACHIEVED", "description": "Funded"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("No outcome can be recorded before a step was taken")));
        assertThat(api.storedEvents()).isEqualTo(before);

        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "MEETING", "description": "Met the grants officer", "conversations": ["%s"],
                 "happenedOn": "2023-01-20"}""".formatted(meeting)).andExpect(status().isNoContent());
        api.post("gl11", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "LETTER", "description": "Wrote to the portfolio holder", "happenedOn": "2023-02-01"}""")
                .andExpect(status().isNoContent());
        settle();
        assertThat(column("gcbc", id)).isEqualTo("IN_PROGRESS");

        api.post("grace", "/api/advocacy-actions/" + id + "/responses", """
                {"response": "PARTLY_ACCEPTED", "description": "A pilot, not a programme", "happenedOn": "2023-03-01"}""")
                .andExpect(status().isNoContent());
        api.post("grace", "/api/advocacy-actions/" + id + "/outcome", """
                {"result": "PARTLY_ACHIEVED", "description": "£10,000 pilot", "happenedOn": "2023-03-15"}""")
                .andExpect(status().isNoContent());
        settle();
        assertThat(column("gcbc", id)).isEqualTo("OUTCOME_RECORDED");

        before = api.storedEvents();
        api.post("grace", "/api/advocacy-actions/" + id + "/close", """
                {"reason": " "}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("reason")));
        assertThat(api.storedEvents()).isEqualTo(before);
        api.post("grace", "/api/advocacy-actions/" + id + "/close", """
                {"reason": "Pilot running", "happenedOn": "2023-04-01"}""").andExpect(status().isNoContent());
        before = api.storedEvents();
        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "MEETING", "description": "One more"}""").andExpect(status().isConflict());
        api.post("grace", "/api/advocacy-actions/" + id + "/close", """
                {"reason": "Again"}""").andExpect(status().isConflict());
        api.post("grace", "/api/advocacy-actions/" + id + "/reopen", """
                {}""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("reason")));
        assertThat(api.storedEvents()).isEqualTo(before);
        settle();
        assertThat(column("gcbc", id)).isEqualTo("CLOSED");

        api.post("grace", "/api/advocacy-actions/" + id + "/reopen", """
                {"reason": "Pilot to become a programme", "happenedOn": "2024-01-10"}""").andExpect(status().isNoContent());
        settle();
        assertThat(column("gcbc", id)).isEqualTo("OUTCOME_RECORDED");

        api.get("gcbc", "/api/advocacy-actions/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.ask", is(ask)))
                .andExpect(jsonPath("$.targetOrganisation", is(Cast.STROUD_DC.toString())))
                .andExpect(jsonPath("$.targetPeople[0]", is(Cast.TOM_HUGHES.toString())))
                .andExpect(jsonPath("$.advocates.length()", is(2)))
                .andExpect(jsonPath("$.steps[0].number", is(1)))
                .andExpect(jsonPath("$.steps[0].conversations[0]", is(meeting)))
                .andExpect(jsonPath("$.steps[1].kind", is("LETTER")))
                .andExpect(jsonPath("$.responses[0].response", is("PARTLY_ACCEPTED")))
                .andExpect(jsonPath("$.outcomes[0].result", is("PARTLY_ACHIEVED")))
                .andExpect(jsonPath("$.lifecycle[0].closed", is(true)))
                .andExpect(jsonPath("$.lifecycle[1].reason", is("Pilot to become a programme")));

        List<String> types = timeline("coordinator", "organisation=" + Cast.STROUD_DC + "&module=influence")
                .stream().filter(e -> id.equals(e.get("aggregateId"))).map(e -> (String) e.get("eventType")).toList();
        assertThat(types).containsExactly("AdvocacyActionReopened", "AdvocacyActionClosed", "AdvocacyOutcomeRecorded",
                "AdvocacyResponseRecorded", "AdvocacyStepTaken", "AdvocacyStepTaken", "AdvocacyActionStarted");
        List<Map<String, Object>> started = timeline("coordinator", "organisation=" + Cast.GL11
                + "&eventType=AdvocacyActionStarted");
        assertThat(started).anyMatch(e -> id.equals(e.get("aggregateId")) && "grace".equals(e.get("recordedBy"))
                && e.get("summary").equals("Started advocacy: " + ask));
    }

    @Test
    void theBoardCanBeNarrowedToAnOrganisation() throws Exception {
        String id = start("grace", "Narrowed " + UUID.randomUUID());
        settle();
        assertThat(JsonPath.<List<String>>read(json("ggt", "/api/advocacy-actions?organisation=" + Cast.GL11),
                "$.columns[*].actions[*].advocacyActionId")).contains(id);
        assertThat(JsonPath.<List<String>>read(json("ggt", "/api/advocacy-actions?organisation=" + Cast.STROUD_DC),
                "$.columns[*].actions[*].advocacyActionId")).contains(id);
        assertThat(JsonPath.<List<String>>read(json("ggt", "/api/advocacy-actions?organisation=" + Cast.VENTURE),
                "$.columns[*].actions[*].advocacyActionId")).doesNotContain(id);
        assertThat(JsonPath.<List<String>>read(json("ggt", "/api/advocacy-actions"), "$.columns[*].status"))
                .containsExactly("STARTED", "IN_PROGRESS", "OUTCOME_RECORDED", "CLOSED");
    }

    @Test
    void aStepLinkingAnotherPartnersPrivateConversationShowsItOnlyToThem() throws Exception {
        String id = start("grace", "Private step " + UUID.randomUUID());
        String secret = create("grace", "/api/conversations", """
                {"happenedOn": "2023-02-02", "channel": "CALL", "topic": "Off the record", "visibility": "PRIVATE",
                 "participants": [{"organisationId": "%s"}]}""".formatted(Cast.STROUD_DC), "conversationId");
        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "MEETING", "description": "Sounded out an officer", "conversations": ["%s"],
                 "happenedOn": "2023-02-02"}""".formatted(secret)).andExpect(status().isNoContent());
        settle();
        api.get("grace", "/api/advocacy-actions/" + id).andExpect(jsonPath("$.steps[0].conversations[0]", is(secret)));
        api.get("gl11", "/api/advocacy-actions/" + id).andExpect(jsonPath("$.steps[0].conversations.length()", is(0)));
        long before = api.storedEvents();
        api.post("gl11", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "MEETING", "description": "Me too", "conversations": ["%s"]}""".formatted(secret))
                .andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputAndUnknownReferencesWriteNothing() throws Exception {
        String id = start("grace", "Bad input " + UUID.randomUUID());
        long before = api.storedEvents();
        api.post("ggt", "/api/advocacy-actions", """
                {"ask": "", "decisionAtStake": "d", "advocates": ["%s"], "targetOrganisation": "%s"}"""
                .formatted(Cast.GGT, Cast.COUNTY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("ask")));
        api.post("ggt", "/api/advocacy-actions", """
                {"ask": "a", "decisionAtStake": "d", "advocates": [], "targetOrganisation": "%s"}"""
                .formatted(Cast.COUNTY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("advocates")));
        api.post("ggt", "/api/advocacy-actions", """
                {"ask": "a", "decisionAtStake": "d", "advocates": ["%s"], "targetOrganisation": "%s"}"""
                .formatted(Cast.GGT, Cast.GGT)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("targetOrganisation")));
        api.post("ggt", "/api/advocacy-actions", """
                {"ask": "a", "decisionAtStake": "d", "advocates": ["%s"], "targetOrganisation": "%s"}"""
                .formatted(Cast.GGT, UUID.randomUUID())).andExpect(status().isNotFound());
        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "SIT_IN", "description": "d"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")));
        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "LETTER", "description": "d", "happenedOn": "2022-12-31"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("grace", "/api/advocacy-actions/" + id + "/responses", """
                {"response": "ACCEPTED"}""").andExpect(status().isConflict());
        api.post("grace", "/api/advocacy-actions/" + UUID.randomUUID() + "/close", """
                {"reason": "r"}""").andExpect(status().isNotFound());
        api.get("grace", "/api/advocacy-actions/" + UUID.randomUUID()).andExpect(status().isNotFound());
        api.post("researcher", "/api/advocacy-actions/" + id + "/close", """
                {"reason": "r"}""").andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void theAdvocacyBoardRebuildsIdenticallyFromTheEvents() throws Exception {
        String id = start("grace", "Replay " + UUID.randomUUID());
        api.post("grace", "/api/advocacy-actions/" + id + "/steps", """
                {"kind": "PRESENTATION", "description": "Presented", "happenedOn": "2023-02-01"}""")
                .andExpect(status().isNoContent());
        api.post("grace", "/api/advocacy-actions/" + id + "/close", """
                {"reason": "Parked", "happenedOn": "2023-03-01"}""").andExpect(status().isNoContent());
        assertRebuildsIdentically("advocacy-board", Map.of(
                "influence_advocacy_action", "id",
                "influence_advocacy_party", "advocacy_action_id, party_role, party_id",
                "influence_advocacy_entry", "advocacy_action_id, seq",
                "influence_advocacy_step_conversation", "advocacy_action_id, seq, link_order"));
    }
}
