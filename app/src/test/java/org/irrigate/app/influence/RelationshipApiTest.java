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
class RelationshipApiTest extends InfluenceIntegration {
    /** A new officer at Stroud District Council; returns {personId, roleId}. */
    String[] officer(String roleFrom) throws Exception {
        String person = create("coordinator", "/api/people", """
                {"fullName": "Officer %s", "happenedOn": "%s"}""".formatted(UUID.randomUUID(), roleFrom), "personId");
        String role = create("coordinator", "/api/people/" + person + "/roles", """
                {"organisationId": "%s", "title": "Community Officer", "happenedOn": "%s"}"""
                .formatted(Cast.STROUD_DC, roleFrom), "roleId");
        return new String[] {person, role};
    }

    void endRole(String[] officer, String on) throws Exception {
        api.post("coordinator", "/api/people/" + officer[0] + "/roles/" + officer[1] + "/end", """
                {"reason": "Moved on", "happenedOn": "%s"}""".formatted(on)).andExpect(status().isNoContent());
    }

    String record(String user, String first, String second, String extra) throws Exception {
        return create(user, "/api/relationships", """
                {"first": %s, "second": %s, "strength": "AWARE", "happenedOn": "2023-01-10"%s}"""
                .formatted(first, second, extra), "relationshipId");
    }

    static String org(Object id) {
        return "{\"organisationId\": \"" + id + "\"}";
    }

    static String person(Object id) {
        return "{\"personId\": \"" + id + "\"}";
    }

    @Test
    void aRelationshipIsAssessedOverTimeAndDrawnOnTheMap() throws Exception {
        String[] officer = officer("2022-01-01");
        String conversation = create("grace", "/api/conversations", """
                {"happenedOn": "2023-05-01", "channel": "MEETING", "topic": "Coffee", "visibility": "SHARED",
                 "participants": [{"personId": "%s"}]}""".formatted(officer[0]), "conversationId");
        String id = record("grace", org(Cast.GRACE), person(officer[0]), "");
        api.post("grace", "/api/relationships/" + id + "/assessments", """
                {"strength": "TRUSTED", "trustNote": "Speaks frankly", "evidence": ["%s"], "happenedOn": "2023-06-01"}"""
                .formatted(conversation)).andExpect(status().isNoContent());
        // Recorded later, but about an earlier day: the history takes it in order, the current strength stays.
        api.post("grace", "/api/relationships/" + id + "/assessments", """
                {"strength": "ENGAGED", "happenedOn": "2023-05-01"}""").andExpect(status().isNoContent());
        settle();

        api.get("gl11", "/api/relationships/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.strength", is("TRUSTED")))
                .andExpect(jsonPath("$.assessedOn", is("2023-06-01")))
                .andExpect(jsonPath("$.trustNote", is("Speaks frankly")))
                .andExpect(jsonPath("$.atRisk", is(false)))
                .andExpect(jsonPath("$.history[*].strength", is(List.of("AWARE", "ENGAGED", "TRUSTED"))))
                .andExpect(jsonPath("$.history[2].evidence[0]", is(conversation)));
        String map = json("gl11", "/api/relationships?organisation=" + Cast.GRACE);
        assertThat(JsonPath.<List<String>>read(map, "$.edges[*].relationshipId")).contains(id);
        assertThat(JsonPath.<List<String>>read(map, "$.nodes[?(@.party.personId == '" + officer[0] + "')].name"))
                .singleElement().asString().startsWith("Officer ");
        assertThat(JsonPath.<List<String>>read(map, "$.nodes[?(@.party.organisationId == '" + Cast.GRACE + "')].name"))
                .containsExactly("The Grace Network");
        assertThat(JsonPath.<List<String>>read(json("gl11", "/api/relationships?organisation=" + Cast.GL11),
                "$.edges[*].relationshipId")).doesNotContain(id);

        List<Map<String, Object>> timeline = timeline("coordinator", "person=" + officer[0] + "&module=influence");
        assertThat(timeline).extracting(e -> e.get("eventType")).contains("RelationshipRecorded", "RelationshipAssessed");
        assertThat(timeline).extracting(e -> e.get("summary")).contains("Assessed a relationship as trusted (1 conversations as evidence)");
    }

    @Test
    void aRelationshipIsFlaggedAtRiskWhenTheRoleItDependsOnEnds() throws Exception {
        String[] officer = officer("2022-01-01");
        String id = record("gcbc", org(Cast.GCBC), org(Cast.STROUD_DC), """
                , "dependsOn": {"personId": "%s", "roleId": "%s"}""".formatted(officer[0], officer[1]));
        settle();
        api.get("gcbc", "/api/relationships/" + id).andExpect(jsonPath("$.atRisk", is(false)))
                .andExpect(jsonPath("$.dependencies[0].roleId", is(officer[1])));

        endRole(officer, "2023-08-31");
        settle();
        api.get("gcbc", "/api/relationships/" + id)
                .andExpect(jsonPath("$.atRisk", is(true)))
                .andExpect(jsonPath("$.atRiskSince", is("2023-08-31")))
                .andExpect(jsonPath("$.dependencies[0].roleEndedOn", is("2023-08-31")))
                .andExpect(jsonPath("$.risks[0].endedRole.personId", is(officer[0])));
        assertThat(JsonPath.<List<String>>read(json("gcbc", "/api/relationships?atRisk=true"),
                "$.edges[*].relationshipId")).contains(id);

        // Nobody typed the flag in: it is the consequence of the role ending, with that event's audit.
        List<Map<String, Object>> events = timeline("coordinator", "person=" + officer[0]);
        Map<String, Object> ended = events.stream().filter(e -> e.get("eventType").equals("RoleEnded")).findFirst().orElseThrow();
        Map<String, Object> flagged = events.stream().filter(e -> e.get("eventType").equals("RelationshipFlaggedAtRisk"))
                .findFirst().orElseThrow();
        assertThat(flagged).containsEntry("aggregateId", id).containsEntry("recordedBy", "coordinator")
                .containsEntry("onBehalfOf", ended.get("onBehalfOf")).containsEntry("recordedAt", ended.get("recordedAt"))
                .containsEntry("happenedOn", "2023-08-31")
                .containsEntry("summary", "Relationship at risk: a role it depended on has ended");

        api.post("gcbc", "/api/relationships/" + id + "/resolve-risk", """
                {"reason": "Met the new officer", "happenedOn": "2023-09-20"}""").andExpect(status().isNoContent());
        settle();
        api.get("gcbc", "/api/relationships/" + id).andExpect(jsonPath("$.atRisk", is(false)))
                .andExpect(jsonPath("$.atRiskSince").doesNotExist())
                .andExpect(jsonPath("$.risks[1].reason", is("Met the new officer")));
        refused("gcbc", "/api/relationships/" + id + "/resolve-risk", """
                {"reason": "Again"}""", status().isConflict());
    }

    @Test
    void aRelationshipDependingOnARoleThatHadAlreadyEndedIsAtRiskAsSoonAsItIsRecorded() throws Exception {
        String[] officer = officer("2021-01-01");
        endRole(officer, "2022-12-31");
        settle();
        String id = record("fairshares", org(Cast.FAIR_SHARES), person(officer[0]), """
                , "dependsOn": {"personId": "%s", "roleId": "%s"}""".formatted(officer[0], officer[1]));
        String later = record("fairshares", org(Cast.FAIR_SHARES), org(Cast.STROUD_DC), "");
        api.post("fairshares", "/api/relationships/" + later + "/dependencies", """
                {"dependsOn": {"personId": "%s", "roleId": "%s"}, "happenedOn": "2023-02-01"}"""
                .formatted(officer[0], officer[1])).andExpect(status().isNoContent());
        settle();
        api.get("fairshares", "/api/relationships/" + id).andExpect(jsonPath("$.atRisk", is(true)))
                .andExpect(jsonPath("$.atRiskSince", is("2023-01-10")))
                .andExpect(jsonPath("$.dependencies[0].roleEndedOn", is("2022-12-31")));
        api.get("fairshares", "/api/relationships/" + later).andExpect(jsonPath("$.atRisk", is(true)));
    }

    @Test
    void evidenceFromAnotherPartnersPrivateConversationIsNotShown() throws Exception {
        String secret = create("grace", "/api/conversations", """
                {"happenedOn": "2023-05-01", "channel": "CALL", "topic": "Private", "visibility": "PRIVATE",
                 "participants": [{"organisationId": "%s"}]}""".formatted(Cast.STROUD_DC), "conversationId");
        String id = record("grace", org(Cast.GRACE), org(Cast.COTSWOLD), """
                , "evidence": ["%s"]""".formatted(secret));
        settle();
        api.get("grace", "/api/relationships/" + id).andExpect(jsonPath("$.history[0].evidence[0]", is(secret)));
        api.get("coordinator", "/api/relationships/" + id).andExpect(jsonPath("$.history[0].evidence[0]", is(secret)));
        api.get("gl11", "/api/relationships/" + id).andExpect(jsonPath("$.history[0].evidence.length()", is(0)));
        long before = api.storedEvents();
        api.post("gl11", "/api/relationships/" + id + "/assessments", """
                {"strength": "ENGAGED", "evidence": ["%s"]}""".formatted(secret)).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputAndUnknownReferencesWriteNothing() throws Exception {
        String[] officer = officer("2022-01-01");
        String id = record("ggt", org(Cast.GGT), org(Cast.CHELTENHAM), "");
        long before = api.storedEvents();
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s, "strength": "AWARE"}""".formatted(org(Cast.GGT), org(Cast.GGT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("second")));
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s}""".formatted(org(Cast.GGT), org(Cast.COUNTY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("strength")));
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s, "strength": "BESTIES"}""".formatted(org(Cast.GGT), org(Cast.COUNTY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("strength")));
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s, "strength": "AWARE", "dependsOn": {"personId": "%s"}}"""
                .formatted(org(Cast.GGT), org(Cast.COUNTY), officer[0]))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("dependsOn")));
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s, "strength": "AWARE"}""".formatted(org(Cast.GGT), org(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        api.post("ggt", "/api/relationships", """
                {"first": %s, "second": %s, "strength": "AWARE", "dependsOn": {"personId": "%s", "roleId": "%s"}}"""
                .formatted(org(Cast.GGT), org(Cast.COUNTY), officer[0], UUID.randomUUID()))
                .andExpect(status().isNotFound());
        api.post("ggt", "/api/relationships/" + id + "/assessments", """
                {"strength": "ENGAGED", "happenedOn": "2022-12-31"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("ggt", "/api/relationships/" + UUID.randomUUID() + "/assessments", """
                {"strength": "ENGAGED"}""").andExpect(status().isNotFound());
        api.get("ggt", "/api/relationships/" + UUID.randomUUID()).andExpect(status().isNotFound());
        api.post("researcher", "/api/relationships/" + id + "/assessments", """
                {"strength": "ENGAGED"}""").andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void theRelationshipMapRebuildsIdenticallyFromTheEvents() throws Exception {
        String[] officer = officer("2022-01-01");
        String id = record("venture", org(Cast.VENTURE), person(officer[0]), """
                , "dependsOn": {"personId": "%s", "roleId": "%s"}""".formatted(officer[0], officer[1]));
        api.post("venture", "/api/relationships/" + id + "/assessments", """
                {"strength": "CHAMPION", "happenedOn": "2023-02-01"}""").andExpect(status().isNoContent());
        api.post("venture", "/api/relationships/" + id + "/person-notes", """
                {"personId": "%s", "note": "Replayed note", "happenedOn": "2023-02-01"}""".formatted(officer[0]))
                .andExpect(status().isNoContent());
        endRole(officer, "2023-03-01");
        settle();
        assertRebuildsIdentically("relationship-map", Map.of(
                "influence_relationship_note", "relationship_id, seq",
                "influence_relationship", "id",
                "influence_relationship_assessment", "relationship_id, seq",
                "influence_relationship_evidence", "relationship_id, seq, evidence_order",
                "influence_relationship_dependency", "relationship_id, role_id",
                "influence_relationship_risk", "relationship_id, seq"));
    }

    @Test
    void replayingTheKeyPersonPolicyFlagsNothingTwice() throws Exception {
        String[] officer = officer("2022-01-01");
        record("venture", org(Cast.VENTURE), org(Cast.STROUD_DC), """
                , "dependsOn": {"personId": "%s", "roleId": "%s"}""".formatted(officer[0], officer[1]));
        endRole(officer, "2023-03-01");
        settle();
        long before = api.storedEvents();
        assertRebuildsIdentically("key-person-risk", Map.of(
                "influence_risk_dependency", "relationship_id, role_id",
                "influence_risk_ended_role", "role_id"));
        settle();
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    /** A note about the person on one side (decision 0004): only whoever recorded the relationship adds one. */
    @Test
    void aNoteAboutThePersonInARelationshipIsShownWithIt() throws Exception {
        String[] officer = officer("2022-01-01");
        String id = record("grace", org(Cast.GRACE), person(officer[0]), "");
        String notes = "/api/relationships/" + id + "/person-notes";
        api.post("grace", notes, """
                {"personId": "%s", "note": "Introduced us to the hub leads", "happenedOn": "2023-02-01"}"""
                .formatted(officer[0])).andExpect(status().isNoContent());
        settle();
        api.get("ggt", "/api/relationships/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.personNotes[0].note", is("Introduced us to the hub leads")))
                .andExpect(jsonPath("$.personNotes[0].personId", is(officer[0])));
        String body = """
                {"personId": "%s", "note": "Not ours"}""".formatted(officer[0]);
        refused("ggt", notes, body, status().isForbidden());
        refused("researcher", notes, body, status().isForbidden());
        refused("grace", "/api/relationships/" + UUID.randomUUID() + "/person-notes", body, status().isNotFound());
        refused("grace", notes, """
                {"personId": "%s", "note": "Unknown"}""".formatted(UUID.randomUUID()), status().isNotFound());
        refused("grace", notes, """
                {"personId": "%s", "note": "Not in it"}""".formatted(Cast.PRIYA_SHAH), status().isBadRequest());
        refused("grace", notes, """
                {"personId": "%s", "note": "Too early", "happenedOn": "2023-01-01"}""".formatted(officer[0]),
                status().isBadRequest());
    }
}
