package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.irrigate.app.demo.EvidenceChapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TheoryOfChangeApiTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/theories-of-change";
    static final String OUTCOMES = """
            [{"code": "L1", "level": "LONG_TERM", "text": "Communities are at the table", "areas": ["PARTICIPATION_AND_INFLUENCE"]},
             {"code": "I5", "level": "INTERIM", "text": "Increased trust", "areas": ["NEIGHBOURHOOD_TRUST"]}]""";

    String draft(String user) throws Exception {
        String body = api.post(user, PATH, """
                        {"title": "Test ToC", "outcomes": %s, "happenedOn": "2022-05-16"}""".formatted(OUTCOMES))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.theoryOfChangeId");
    }

    @Test
    void versionsAreKeptSideBySideAndPrioritiesComeFromTheCurrentOne() throws Exception {
        String id = draft("researcher");
        api.post("coordinator", PATH + "/" + id + "/revise", """
                {"outcomes": [{"code": "I5", "level": "INTERIM", "text": "More trust", "areas": ["NEIGHBOURHOOD_TRUST"]}],
                 "whatChanged": "Long-term outcomes moved to the network plan", "happenedOn": "2022-09-20"}""")
                .andExpect(status().isNoContent());
        api.post("coordinator", PATH + "/" + id + "/priorities", """
                {"outcomeCodes": ["I5"], "rationale": "Fits delivery", "happenedOn": "2022-10-12"}""")
                .andExpect(status().isNoContent());
        await.projections();

        api.get("ggt", PATH + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentVersion", is(2)))
                .andExpect(jsonPath("$.versions", hasSize(2)))
                .andExpect(jsonPath("$.versions[0].outcomes[*].code", contains("L1", "I5")))
                .andExpect(jsonPath("$.versions[0].outcomes[1].text", is("Increased trust")))
                .andExpect(jsonPath("$.versions[1].outcomes[0].text", is("More trust")))
                .andExpect(jsonPath("$.versions[1].whatChanged", is("Long-term outcomes moved to the network plan")))
                .andExpect(jsonPath("$.priorityChoices[0].version", is(2)))
                .andExpect(jsonPath("$.priorityChoices[0].outcomeCodes", contains("I5")))
                .andExpect(jsonPath("$.priorityChoices[0].happenedOn", is("2022-10-12")));
    }

    @Test
    void theDemoTheoryOfChangeWasDraftedWithSevenInterimOutcomesAndRevised() throws Exception {
        await.projections();
        api.get("researcher", PATH + "/" + EvidenceChapter.THEORY_OF_CHANGE).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions", hasSize(2)))
                .andExpect(jsonPath("$.versions[0].happenedOn", is("2022-05-16")))
                .andExpect(jsonPath("$.versions[0].outcomes[?(@.level == 'INTERIM')]", hasSize(7)))
                .andExpect(jsonPath("$.priorityChoices[0].happenedOn", is("2022-10-12")))
                .andExpect(jsonPath("$.priorityChoices[0].outcomeCodes", contains("I2", "I4", "I5", "I6")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank title        | {"title": " ", "outcomes": [{"code": "I1", "level": "INTERIM", "text": "t", "areas": ["WELLBEING"]}]} | title
            no outcomes        | {"title": "T", "outcomes": []}                                                                     | outcomes
            outcome, no area   | {"title": "T", "outcomes": [{"code": "I1", "level": "INTERIM", "text": "t", "areas": []}]}         | outcomes[0].areas
            unknown level      | {"title": "T", "outcomes": [{"code": "I1", "level": "SOON", "text": "t", "areas": ["WELLBEING"]}]} | outcomes[0].level
            unknown area       | {"title": "T", "outcomes": [{"code": "I1", "level": "INTERIM", "text": "t", "areas": ["WEALTH"]}]} | outcomes[0].areas[0]
            unknown field      | {"title": "T", "version": 3}                                                                       | version
            future date        | {"title": "T", "outcomes": [{"code": "I1", "level": "INTERIM", "text": "t", "areas": ["WELLBEING"]}], "happenedOn": "2999-01-01"} | happenedOn
            """)
    void badInputIsAProblemWithTheFieldAndWritesNothing(String what, String json, String field) throws Exception {
        assertBadInput("coordinator", PATH, json, field);
    }

    @Test
    void unknownIdsAre404AndRepeatedPrioritiesAre409() throws Exception {
        String id = draft("coordinator");
        String unknown = UNKNOWN;
        api.post("coordinator", PATH + "/" + id + "/priorities", """
                {"outcomeCodes": ["I5"], "happenedOn": "2022-10-12"}""").andExpect(status().isNoContent());
        long before = api.storedEvents();
        api.post("coordinator", PATH + "/" + id + "/priorities", """
                {"outcomeCodes": ["I5"], "happenedOn": "2022-10-13"}""").andExpect(status().isConflict());
        api.post("coordinator", PATH + "/" + id + "/priorities", """
                {"outcomeCodes": ["X9"]}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("outcomeCodes")));
        api.post("coordinator", PATH + "/" + unknown + "/priorities", """
                {"outcomeCodes": ["I5"]}""").andExpect(status().isNotFound());
        api.post("coordinator", PATH + "/" + EvidenceChapter.GGT_CASE_STUDY + "/priorities", """
                {"outcomeCodes": ["I5"]}""").andExpect(status().isNotFound());
        api.get("coordinator", PATH + "/" + unknown).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        draft("coordinator");
        assertRebuildKeepsRows("evidence-theories-of-change", Map.of(
                "evidence_toc_version", "toc_id, version",
                "evidence_toc_outcome", "toc_id, version, position",
                "evidence_toc_outcome_area", "toc_id, version, position, area",
                "evidence_toc_priority", "toc_id, choice_no",
                "evidence_toc_priority_code", "toc_id, choice_no, position"));
    }
}
