package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@IntegrationTest
class ConversationApiTest extends InfluenceIntegration {
    static final String STROUD = "E07000082";


    /** A unique word, so a test finds its own records among the demo story's and other tests'. */
    static String word() {
        return "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    String log(String user, String topic, String visibility, String extra) throws Exception {
        return create(user, "/api/conversations", """
                {"happenedOn": "2023-03-02", "channel": "MEETING", "topic": "%s", "visibility": "%s",
                 "participants": [{"organisationId": "%s"}, {"personId": "%s"}], "place": "%s"%s}"""
                .formatted(topic, visibility, Cast.STROUD_DC, Cast.PRIYA_SHAH, STROUD, extra), "conversationId");
    }

    List<String> topics(String user, String query) throws Exception {
        return read(user, "/api/conversations?" + query, "$[*].topic");
    }

    /** The words searched for are data, never SQL, and LIKE wildcards in them match only themselves. */
    @Test
    void theTextSearchIsSafeAgainstInjectionAndWildcards() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        log("ggt", "Injection probe " + token, "SHARED", "");
        settle();
        assertThat(topics("ggt", "q=" + encoded(token))).containsExactly("Injection probe " + token);
        assertThat(topics("ggt", "q=" + encoded(token + "' or '1'='1"))).isEmpty();
        assertThat(topics("ggt", "q=" + encoded("x'; drop table conversation_log; --"))).isEmpty();
        assertThat(topics("ggt", "q=" + encoded(token.substring(0, 3) + "%" + token.substring(4)))).isEmpty();
        assertThat(topics("ggt", "q=" + encoded(token.substring(0, 3) + "_" + token.substring(4)))).isEmpty();
        // still there, still found
        assertThat(topics("ggt", "q=" + encoded(token))).containsExactly("Injection probe " + token);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aLoggedConversationIsFoundByEveryFilterAndIsOnTheTimelineWithItsAudit() throws Exception {
        String token = word();
        String topic = "Hubs funding " + token;
        String id = log("gl11", topic, "SHARED", """
                , "summary": "Talked about the Facilitator posts", "asks": ["A grant for the %s bench group"],
                "outcomeAreas": ["LOCAL_ECONOMY", "WELLBEING"]""".formatted(token.toUpperCase()));
        settle();

        api.get("gl11", "/api/conversations/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.topic", is(topic)))
                .andExpect(jsonPath("$.loggedBy", is(Cast.GL11.toString())))
                .andExpect(jsonPath("$.visibility", is("SHARED")))
                .andExpect(jsonPath("$.participants[1].personId", is(Cast.PRIYA_SHAH.toString())))
                .andExpect(jsonPath("$.asks[0]", is("A grant for the " + token.toUpperCase() + " bench group")));
        assertThat(topics("ggt", "organisation=" + Cast.STROUD_DC)).contains(topic);
        assertThat(topics("ggt", "organisation=" + Cast.GL11)).as("the logging partner").contains(topic);
        assertThat(topics("ggt", "person=" + Cast.PRIYA_SHAH)).contains(topic);
        assertThat(topics("ggt", "place=" + STROUD)).contains(topic);
        assertThat(topics("ggt", "topic=" + token)).containsExactly(topic);
        assertThat(topics("ggt", "outcomeArea=WELLBEING&topic=" + token)).containsExactly(topic);
        assertThat(topics("ggt", "outcomeArea=QUALITY_OF_EMPLOYMENT&topic=" + token)).isEmpty();
        assertThat(topics("ggt", "q=" + token.toUpperCase())).as("text search finds the ask, ignoring case")
                .containsExactly(topic);
        assertThat(topics("ggt", "q=FACILITATOR&topic=" + token)).as("and the summary").containsExactly(topic);
        assertThat(topics("ggt", "from=2023-03-02&to=2023-03-02&topic=" + token)).containsExactly(topic);
        assertThat(topics("ggt", "from=2023-03-03&topic=" + token)).isEmpty();
        assertThat(topics("ggt", "person=" + Cast.DAN_PRICE + "&topic=" + token)).isEmpty();

        List<Map<String, Object>> timeline = timeline("coordinator", "module=influence&eventType=ConversationLogged");
        Map<String, Object> entry = timeline.stream().filter(e -> id.equals(e.get("aggregateId"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("recordedBy", "gl11").containsEntry("onBehalfOf", Cast.GL11.toString())
                .containsEntry("happenedOn", "2023-03-02").containsEntry("module", "influence")
                .containsEntry("summary", "Logged a meeting about " + topic);
        assertThat((String) entry.get("correlationId")).isNotBlank();
    }

    @Test
    void aPrivateConversationIsSeenOnlyByItsPartnerAndTheCoordinator() throws Exception {
        String token = word();
        String id = log("grace", "Private " + token, "PRIVATE", """
                , "followUps": [{"action": "Call back %s", "owner": {"organisationId": "%s"}, "dueOn": "2023-03-09"}]"""
                .formatted(token, Cast.GRACE));
        settle();

        for (String user : List.of("grace", "coordinator")) {
            assertThat(topics(user, "q=" + token)).as(user).hasSize(1);
            assertThat(topics(user, "organisation=" + Cast.STROUD_DC + "&topic=" + token)).as(user).hasSize(1);
            api.get(user, "/api/conversations/" + id).andExpect(status().isOk());
            assertThat(this.<List<String>>read(user, "/api/follow-ups?status=OVERDUE", "$[*].action"))
                    .as(user).contains("Call back " + token);
        }
        for (String user : List.of("gl11", "researcher", "admin")) {
            assertThat(topics(user, "q=" + token)).as(user).isEmpty();
            assertThat(topics(user, "organisation=" + Cast.STROUD_DC + "&includeRetracted=true&topic=" + token))
                    .as(user).isEmpty();
            assertThat(topics(user, "person=" + Cast.PRIYA_SHAH)).as(user).doesNotContain("Private " + token);
            api.get(user, "/api/conversations/" + id).andExpect(status().isNotFound());
            assertThat(this.<List<String>>read(user, "/api/follow-ups", "$[*].action"))
                    .as(user).doesNotContain("Call back " + token);
            assertThat(timeline(user, "organisation=" + Cast.STROUD_DC)).as(user)
                    .noneMatch(e -> id.equals(e.get("aggregateId")));
        }
        long before = api.storedEvents();
        api.post("gl11", "/api/conversations/" + id + "/retract", """
                {"reason": "Not mine"}""").andExpect(status().isNotFound());
        api.post("gl11", "/api/conversations/" + id + "/follow-ups/1/complete", "{}")
                .andExpect(status().isNotFound());
        String mine = log("gl11", "Mine " + token, "SHARED", "");
        before = api.storedEvents();
        api.post("gl11", "/api/conversations/" + mine + "/follow-up-conversations", """
                {"followUpConversationId": "%s"}""".formatted(id)).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void aCorrectionAndARetractionAreEventsWithReasons() throws Exception {
        String token = word();
        String id = log("ggt", "Draft " + token, "SHARED", "");
        api.post("ggt", "/api/conversations/" + id + "/amend", """
                {"happenedOn": "2023-03-01", "channel": "CALL", "topic": "Corrected %s",
                 "participants": [{"organisationId": "%s"}], "reason": "It was a call the day before"}"""
                .formatted(token, Cast.STROUD_DC)).andExpect(status().isNoContent());
        settle();
        api.get("ggt", "/api/conversations/" + id)
                .andExpect(jsonPath("$.topic", is("Corrected " + token)))
                .andExpect(jsonPath("$.channel", is("CALL")))
                .andExpect(jsonPath("$.happenedOn", is("2023-03-01")))
                .andExpect(jsonPath("$.place").doesNotExist())
                .andExpect(jsonPath("$.corrections", is(1)))
                .andExpect(jsonPath("$.lastCorrectionReason", is("It was a call the day before")));
        assertThat(topics("ggt", "person=" + Cast.PRIYA_SHAH)).doesNotContain("Draft " + token);

        long before = api.storedEvents();
        api.post("gl11", "/api/conversations/" + id + "/retract", """
                {"reason": "Not mine to retract"}""").andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);

        api.post("ggt", "/api/conversations/" + id + "/retract", """
                {"reason": "Logged twice"}""").andExpect(status().isNoContent());
        settle();
        assertThat(topics("ggt", "topic=" + token)).isEmpty();
        api.get("ggt", "/api/conversations?includeRetracted=true&topic=" + token)
                .andExpect(jsonPath("$[0].retracted", is(true)))
                .andExpect(jsonPath("$[0].retractionReason", is("Logged twice")));
        List<String> types = timeline("coordinator", "module=influence").stream()
                .filter(e -> id.equals(e.get("aggregateId"))).map(e -> (String) e.get("eventType")).toList();
        assertThat(types).containsExactly("ConversationRetracted", "ConversationAmended", "ConversationLogged");

        before = api.storedEvents();
        api.post("ggt", "/api/conversations/" + id + "/retract", """
                {"reason": "Again"}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("The conversation has been retracted")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void followUpsAreOpenOverdueOrDone() throws Exception {
        String token = word();
        String due = LocalDate.now().plusDays(7).toString();
        String id = log("gcbc", "Follow-ups " + token, "SHARED", """
                , "followUps": [{"action": "Overdue %1$s", "owner": {"organisationId": "%2$s"}, "dueOn": "2023-04-01"},
                                {"action": "Open %1$s", "owner": {"personId": "%3$s"}, "dueOn": "%4$s"}]"""
                .formatted(token, Cast.GCBC, Cast.PRIYA_SHAH, due));
        String added = api.post("gcbc", "/api/conversations/" + id + "/follow-ups", """
                {"action": "Added %s", "owner": {"organisationId": "%s"}, "dueOn": "2023-05-01"}"""
                .formatted(token, Cast.STROUD_DC)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(added).contains("\"number\":3");
        settle();

        assertThat(actions("status=OVERDUE", token)).containsExactly("Overdue " + token, "Added " + token);
        assertThat(actions("status=OPEN", token)).containsExactly("Overdue " + token, "Added " + token, "Open " + token);
        assertThat(actions("status=OPEN&ownerPerson=" + Cast.PRIYA_SHAH, token)).containsExactly("Open " + token);
        assertThat(actions("status=OVERDUE&asOf=2023-04-15", token)).containsExactly("Overdue " + token);

        api.post("ggt", "/api/conversations/" + id + "/follow-ups/1/complete", """
                {"note": "Done by phone", "happenedOn": "2023-04-20"}""").andExpect(status().isNoContent());
        settle();
        assertThat(actions("status=OVERDUE", token)).containsExactly("Added " + token);
        assertThat(actions("status=DONE", token)).containsExactly("Overdue " + token);
        assertThat(actions("status=OVERDUE&asOf=2023-04-15", token)).as("as it stood before it was done")
                .containsExactly("Overdue " + token);
        api.get("gcbc", "/api/conversations/" + id)
                .andExpect(jsonPath("$.followUps[0].status", is("DONE")))
                .andExpect(jsonPath("$.followUps[0].completedOn", is("2023-04-20")))
                .andExpect(jsonPath("$.followUps[1].status", is("OPEN")))
                .andExpect(jsonPath("$.followUps[2].status", is("OVERDUE")));

        long before = api.storedEvents();
        api.post("gcbc", "/api/conversations/" + id + "/follow-ups/1/complete", "{}").andExpect(status().isConflict());
        api.post("gcbc", "/api/conversations/" + id + "/follow-ups/9/complete", "{}").andExpect(status().isNotFound());
        api.post("gcbc", "/api/conversations/" + id + "/follow-ups/2/complete", """
                {"happenedOn": "2023-01-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    /** This test's follow-ups (their actions end with the token) from the coordinator's follow-up list. */
    List<String> actions(String query, String token) throws Exception {
        return this.<List<String>>read("coordinator", "/api/follow-ups?" + query, "$[*].action").stream()
                .filter(action -> action.endsWith(token)).toList();
    }

    @Test
    void aLaterConversationIsLinkedAsAFollowUp() throws Exception {
        String first = log("venture", "First " + word(), "SHARED", "");
        String second = log("venture", "Second " + word(), "SHARED", "");
        api.post("venture", "/api/conversations/" + first + "/follow-up-conversations", """
                {"followUpConversationId": "%s", "happenedOn": "2023-03-10"}""".formatted(second))
                .andExpect(status().isNoContent());
        settle();
        api.get("venture", "/api/conversations/" + first).andExpect(jsonPath("$.followUpConversations[0]", is(second)));
        long before = api.storedEvents();
        api.post("venture", "/api/conversations/" + first + "/follow-up-conversations", """
                {"followUpConversationId": "%s"}""".formatted(second)).andExpect(status().isConflict());
        api.post("venture", "/api/conversations/" + first + "/follow-up-conversations", """
                {"followUpConversationId": "%s"}""".formatted(first)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("followUpConversationId")));
        api.post("venture", "/api/conversations/" + first + "/follow-up-conversations", """
                {"followUpConversationId": "%s"}""".formatted(UUID.randomUUID())).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no participants        | "participants": [], "channel": "CALL", "topic": "T"                         | participants
            blank topic            | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": " " | topic
            unknown channel        | "participants": [{"organisationId": "%s"}], "channel": "PIGEON", "topic": "T" | channel
            missing channel        | "participants": [{"organisationId": "%s"}], "topic": "T"                    | channel
            party with two ids     | "participants": [{"organisationId": "%s", "personId": "%s"}], "channel": "CALL", "topic": "T" | participants[0]
            unknown field          | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "loggedBy": "%s" | loggedBy
            recorder in the body   | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "recordedBy": "x" | recordedBy
            date in the future     | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "happenedOn": "2999-01-01" | happenedOn
            unknown outcome area   | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "outcomeAreas": ["HAPPINESS"] | outcomeAreas[0]
            follow-up due too early | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "happenedOn": "2023-03-02", "followUps": [{"action": "A", "owner": {"organisationId": "%s"}, "dueOn": "2023-03-01"}] | followUps[0].dueOn
            follow-up without owner | "participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "followUps": [{"action": "A", "dueOn": "2023-03-01"}] | followUps[0].owner
            """)
    void badInputIsAProblemWithTheFieldAndWritesNothing(String what, String fields, String field) throws Exception {
        long before = api.storedEvents();
        String json = "{" + fields.replace("%s", Cast.STROUD_DC.toString()) + "}";
        api.post("grace", "/api/conversations", json)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field", is(field)));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownReferencesAreNotFoundAndWriteNothing() throws Exception {
        long before = api.storedEvents();
        String unknown = UUID.randomUUID().toString();
        api.post("grace", "/api/conversations", """
                {"participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T"}""".formatted(unknown))
                .andExpect(status().isNotFound());
        api.post("grace", "/api/conversations", """
                {"participants": [{"personId": "%s"}], "channel": "CALL", "topic": "T"}""".formatted(unknown))
                .andExpect(status().isNotFound());
        api.post("grace", "/api/conversations", """
                {"participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T", "place": "E07000999"}"""
                .formatted(Cast.STROUD_DC)).andExpect(status().isNotFound());
        api.get("grace", "/api/conversations/" + unknown).andExpect(status().isNotFound());
        api.get("grace", "/api/conversations/not-a-uuid").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("conversationId")));
        api.post("grace", "/api/conversations/" + unknown + "/retract", """
                {"reason": "Gone"}""").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void researchersCannotLogConversations() throws Exception {
        api.post("researcher", "/api/conversations", """
                {"participants": [{"organisationId": "%s"}], "channel": "CALL", "topic": "T"}""".formatted(Cast.STROUD_DC))
                .andExpect(status().isForbidden());
        api.get("researcher", "/api/conversations").andExpect(status().isOk());
    }

    @Test
    void theConversationLogRebuildsIdenticallyFromTheEvents() throws Exception {
        String id = log("fairshares", "Replay " + word(), "PRIVATE", """
                , "asks": ["One", "Two"], "outcomeAreas": ["WELLBEING"],
                "followUps": [{"action": "A", "owner": {"organisationId": "%s"}, "dueOn": "2023-05-01"}]"""
                .formatted(Cast.FAIR_SHARES));
        api.post("fairshares", "/api/conversations/" + id + "/person-notes", """
                {"personId": "%s", "note": "Replayed note", "happenedOn": "2023-03-03"}""".formatted(Cast.PRIYA_SHAH))
                .andExpect(status().isNoContent());
        assertRebuildsIdentically("conversation-log", Map.of(
                "influence_conversation_note", "conversation_id, seq",
                "influence_conversation", "id",
                "influence_conversation_party", "conversation_id, party_kind, party_id",
                "influence_conversation_ask", "conversation_id, ask_order",
                "influence_conversation_area", "conversation_id, outcome_area",
                "influence_conversation_link", "conversation_id, follow_up_conversation_id",
                "influence_follow_up", "conversation_id, follow_up_number"));
    }

    /**
     * A note about a participant (decision 0004): sealed with the person's key, shown in the conversation, never in
     * the timeline's summary; only the logging partner or the coordinator adds one, and only about a participant.
     */
    @Test
    void aNoteAboutAParticipantIsShownWithTheConversationButNotOnTheTimeline() throws Exception {
        String token = word();
        String id = log("gl11", "Notes", "SHARED", "");
        String notes = "/api/conversations/" + id + "/person-notes";
        long before = api.storedEvents();
        api.post("gl11", notes, """
                {"personId": "%s", "note": "Cautious about %s until the budget is set", "happenedOn": "2023-03-02"}"""
                .formatted(Cast.PRIYA_SHAH, token)).andExpect(status().isNoContent());
        api.post("coordinator", notes, """
                {"personId": "%s", "note": "Second note %s", "happenedOn": "2023-03-04"}"""
                .formatted(Cast.PRIYA_SHAH, token)).andExpect(status().isNoContent());
        assertThat(api.storedEvents()).isEqualTo(before + 2);
        settle();
        api.get("ggt", "/api/conversations/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.personNotes[0].personId", is(Cast.PRIYA_SHAH.toString())))
                .andExpect(jsonPath("$.personNotes[0].note", is("Cautious about " + token + " until the budget is set")))
                .andExpect(jsonPath("$.personNotes[0].happenedOn", is("2023-03-02")))
                .andExpect(jsonPath("$.personNotes[0].erased", is(false)))
                .andExpect(jsonPath("$.personNotes[1].note", is("Second note " + token)));
        List<Map<String, Object>> entries = timeline("gl11", "person=" + Cast.PRIYA_SHAH);
        assertThat(entries).extracting(e -> (String) e.get("summary"))
                .contains("Added a sealed note about a participant")
                .noneMatch(summary -> summary.contains(token));

        String body = """
                {"personId": "%s", "note": "Not allowed"}""".formatted(Cast.PRIYA_SHAH);
        refused("ggt", notes, body, status().isForbidden());
        refused("researcher", notes, body, status().isForbidden());
        refused("gl11", "/api/conversations/" + UUID.randomUUID() + "/person-notes", body, status().isNotFound());
        refused("gl11", notes, """
                {"personId": "%s", "note": "Unknown person"}""".formatted(UUID.randomUUID()), status().isNotFound());
        refused("gl11", notes, """
                {"note": "Nobody"}""", status().isBadRequest());
        refused("gl11", notes, """
                {"personId": "%s", "note": "Not there"}""".formatted(Cast.TOM_HUGHES), status().isBadRequest());
        refused("gl11", notes, """
                {"personId": "%s", "note": " "}""".formatted(Cast.PRIYA_SHAH), status().isBadRequest());
        refused("gl11", notes, """
                {"personId": "%s", "note": "Too early", "happenedOn": "2023-03-01"}""".formatted(Cast.PRIYA_SHAH),
                status().isBadRequest());
        refused("gl11", notes, """
                {"personId": "%s", "note": "x", "sealed": true}""".formatted(Cast.PRIYA_SHAH), status().isBadRequest());
        api.post("gl11", notes, """
                {"note": "Nobody"}""").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("personId")));
        // a private conversation of another partner is not found, not forbidden
        String hidden = log("grace", "Private notes", "PRIVATE", "");
        refused("gl11", "/api/conversations/" + hidden + "/person-notes", body, status().isNotFound());
    }
}
