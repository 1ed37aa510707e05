package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.EvidenceChapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReflectionApiTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/reflections";

    String record(String user) throws Exception {
        String body = api.post(user, PATH, """
                        {"kind": "PARTNER_INTERVIEW", "title": "Interview with GL11",
                         "participants": {"organisations": ["%s", "%s"], "people": ["%s"]},
                         "notes": "Many interesting conversations were not tracked", "happenedOn": "2024-04-10"}"""
                        .formatted(Cast.GL11, Cast.CTP, Cast.SAM_LEE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.reflectionId");
    }

    @Test
    void aResearcherRecordsAnInterviewWithLearningPointsLinkedToTheTimeline() throws Exception {
        String id = record("researcher");
        String eventId = jdbc.queryForObject("select min(event_identifier) from domain_event_entry"
                + " where aggregate_identifier = ?", String.class, Cast.STROUD_DC.toString());
        api.post("researcher", PATH + "/" + id + "/learning-points", """
                {"text": "Conversations lead to funding", "areas": ["LOCAL_ECONOMY", "PARTICIPATION_AND_INFLUENCE"],
                 "items": [{"kind": "ORGANISATION", "reference": "%s"}, {"kind": "EVENT", "reference": "%s"}],
                 "happenedOn": "2024-04-10"}""".formatted(Cast.STROUD_DC, eventId))
                .andExpect(status().isNoContent());
        api.post("researcher", PATH + "/" + id + "/notes", """
                {"notes": "Many conversations that led to funding were not tracked", "reason": "Clearer",
                 "happenedOn": "2024-04-11"}""").andExpect(status().isNoContent());
        await.projections();

        api.get("gl11", PATH + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind", is("PARTNER_INTERVIEW")))
                .andExpect(jsonPath("$.notes", is("Many conversations that led to funding were not tracked")))
                .andExpect(jsonPath("$.participants.organisations", contains(Cast.GL11.toString(), Cast.CTP.toString())))
                .andExpect(jsonPath("$.learningPoints", hasSize(1)))
                .andExpect(jsonPath("$.learningPoints[0].number", is(1)))
                .andExpect(jsonPath("$.learningPoints[0].areas", contains("LOCAL_ECONOMY", "PARTICIPATION_AND_INFLUENCE")))
                .andExpect(jsonPath("$.learningPoints[0].items[1].reference", is(eventId)));
        api.get("gl11", PATH + "?kind=PARTNER_INTERVIEW&area=LOCAL_ECONOMY").andExpect(jsonPath("$[*].reflectionId",
                hasItem(id)));
    }

    @Test
    void theMarch2023ReflectionDroppedTheQuantitativeApproach() throws Exception {
        await.projections();
        api.get("ggt", PATH + "/" + EvidenceChapter.MARCH_2023_REFLECTION)
                .andExpect(jsonPath("$.happenedOn", is("2023-03-14")))
                .andExpect(jsonPath("$.learningPoints[0].text",
                        is("The quantitative approach is dropped in favour of case studies in a shared template")));
        api.get("ggt", PATH + "/" + EvidenceChapter.DECEMBER_2023_REFLECTION)
                .andExpect(jsonPath("$.happenedOn", is("2023-12-06")));
    }

    @Test
    void unknownReferencesAre404() throws Exception {
        String id = record("coordinator");
        String unknown = UNKNOWN;
        long before = api.storedEvents();
        api.post("coordinator", PATH + "/" + id + "/learning-points", """
                {"text": "t", "areas": ["WELLBEING"], "items": [{"kind": "AWARD", "reference": "%s"}]}"""
                .formatted(unknown)).andExpect(status().isNotFound());
        api.post("coordinator", PATH + "/" + id + "/learning-points", """
                {"text": "t", "areas": ["WELLBEING"], "items": [{"kind": "EVENT", "reference": "no-such-event"}]}""")
                .andExpect(status().isNotFound());
        api.post("coordinator", PATH + "/" + id + "/learning-points", """
                {"text": "t", "areas": ["WELLBEING"], "items": [{"kind": "PERSON", "reference": "%s"}]}"""
                .formatted(Cast.GL11)).andExpect(status().isNotFound());
        api.post("coordinator", PATH, """
                {"kind": "REFLECTION_SESSION", "title": "T", "participants": {"people": ["%s"]}, "notes": "n"}"""
                .formatted(unknown)).andExpect(status().isNotFound());
        api.post("coordinator", PATH + "/" + unknown + "/notes", """
                {"notes": "n", "reason": "r"}""").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no kind           | {"title": "T", "participants": {"organisations": ["%s"]}, "notes": "n"}                       | kind
            blank title       | {"kind": "PARTNER_INTERVIEW", "title": "", "participants": {"organisations": ["%s"]}, "notes": "n"} | title
            nobody took part  | {"kind": "PARTNER_INTERVIEW", "title": "T", "participants": {}, "notes": "n%s"}             | participants
            no notes          | {"kind": "PARTNER_INTERVIEW", "title": "T", "participants": {"organisations": ["%s"]}}      | notes
            bad participant   | {"kind": "PARTNER_INTERVIEW", "title": "T", "participants": {"organisations": ["x%s"]}, "notes": "n"} | participants.organisations[0]
            """)
    void badSessionsAreProblemsWithTheField(String what, String json, String field) throws Exception {
        assertBadInput("researcher", PATH, json.formatted(Cast.GL11), field);
    }

    @Test
    void badLearningPointsAreProblemsWithTheField() throws Exception {
        String id = record("researcher");
        String points = PATH + "/" + id + "/learning-points";
        assertBadInput("researcher", points, """
                {"text": "t", "areas": []}""", "areas");
        assertBadInput("researcher", points, """
                {"text": "t", "areas": ["WELLBEING"], "items": [{"kind": "AWARD", "reference": "nope"}]}""", "items[0]");
        assertBadInput("researcher", points, """
                {"text": "t", "areas": ["WELLBEING"], "happenedOn": "2024-04-09"}""", "happenedOn");
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        record("researcher");
        assertRebuildKeepsRows("evidence-reflections", Map.of(
                "evidence_reflection", "id",
                "evidence_reflection_participant", "reflection_id, kind, position",
                "evidence_learning_point", "reflection_id, point_no",
                "evidence_learning_point_area", "reflection_id, point_no, area",
                "evidence_learning_point_item", "reflection_id, point_no, position"));
    }
}
