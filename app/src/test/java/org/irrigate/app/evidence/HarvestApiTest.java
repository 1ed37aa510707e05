package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.EvidenceChapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HarvestApiTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/harvested-outcomes";

    String harvest() throws Exception {
        String body = api.post("researcher", PATH, """
                        {"whatChanged": "The city council moved its community meeting to a community venue",
                         "socialActor": "%s", "where": "E07000081", "significance": "Residents could take part",
                         "contribution": "A partner offered its hall", "areas": ["PARTICIPATION_AND_INFLUENCE"],
                         "partners": ["%s"], "happenedOn": "2023-05-10"}""".formatted(Cast.GLOUCESTER_CITY, Cast.GGT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.harvestedOutcomeId");
    }

    @Test
    void theRegisterShowsStatusAfterEachVerdict() throws Exception {
        String id = harvest();
        api.post("researcher", PATH + "/" + id + "/substantiations", """
                {"verifier": "%s", "verdict": "AGREES", "comment": "Yes", "happenedOn": "2024-06-01"}"""
                .formatted(Cast.DAN_PRICE)).andExpect(status().isNoContent());
        await.projections();
        api.get("ggt", PATH + "/" + id).andExpect(jsonPath("$.status", is("SUBSTANTIATED")))
                .andExpect(jsonPath("$.statement.where", is("E07000081")))
                .andExpect(jsonPath("$.statement.partners", contains(Cast.GGT.toString())));
        api.post("researcher", PATH + "/" + id + "/substantiations", """
                {"verifier": "%s", "verdict": "DISAGREES", "comment": "It was planned anyway", "happenedOn": "2024-06-02"}"""
                .formatted(Cast.HELEN_CARTER)).andExpect(status().isNoContent());
        await.projections();
        api.get("ggt", PATH + "/" + id).andExpect(jsonPath("$.status", is("DISPUTED")))
                .andExpect(jsonPath("$.substantiations[*].verdict", contains("AGREES", "DISAGREES")));
        api.get("ggt", PATH + "?status=DISPUTED&area=PARTICIPATION_AND_INFLUENCE&partner=" + Cast.GGT)
                .andExpect(jsonPath("$[*].harvestedOutcomeId", hasItem(id)));
        api.post("researcher", PATH + "/" + id + "/retract", """
                {"reason": "Counted twice", "happenedOn": "2024-06-03"}""").andExpect(status().isNoContent());
        await.projections();
        api.get("ggt", PATH + "?status=DISPUTED").andExpect(jsonPath("$[*].harvestedOutcomeId", not(hasItem(id))));
        api.get("ggt", PATH + "/" + id).andExpect(jsonPath("$.status", is("RETRACTED")))
                .andExpect(jsonPath("$.retractionReason", is("Counted twice")));
    }

    @Test
    void theDemoHarvestHasTheStroudHubsOutcomePartlySubstantiated() throws Exception {
        await.projections();
        api.get("coordinator", PATH + "/" + EvidenceChapter.STROUD_HUBS_OUTCOME)
                .andExpect(jsonPath("$.status", is("PARTLY_SUBSTANTIATED")))
                .andExpect(jsonPath("$.statement.socialActor", is(Cast.STROUD_DC.toString())));
    }

    @Test
    void conflictsAndUnknownsWriteNothing() throws Exception {
        String id = harvest();
        api.post("researcher", PATH + "/" + id + "/substantiations", """
                {"verifier": "%s", "verdict": "AGREES", "comment": "Yes", "happenedOn": "2024-06-01"}"""
                .formatted(Cast.DAN_PRICE)).andExpect(status().isNoContent());
        String unknown = UNKNOWN;
        long before = api.storedEvents();
        api.post("researcher", PATH + "/" + id + "/substantiations", """
                {"verifier": "%s", "verdict": "DISAGREES", "comment": "Second thoughts"}"""
                .formatted(Cast.DAN_PRICE)).andExpect(status().isConflict());
        api.post("researcher", PATH + "/" + id + "/substantiations", """
                {"verifier": "%s", "verdict": "AGREES", "comment": "c"}""".formatted(unknown))
                .andExpect(status().isNotFound());
        api.post("researcher", PATH + "/" + unknown + "/retract", """
                {"reason": "r"}""").andExpect(status().isNotFound());
        api.post("researcher", PATH, """
                {"whatChanged": "w", "socialActor": "%s", "significance": "s", "contribution": "c",
                 "areas": ["WELLBEING"], "links": {"awards": ["%s"]}}""".formatted(Cast.COUNTY, unknown))
                .andExpect(status().isNotFound());
        api.post("researcher", PATH, """
                {"whatChanged": "w", "socialActor": "%s", "where": "E07000999", "significance": "s",
                 "contribution": "c", "areas": ["WELLBEING"]}""".formatted(Cast.COUNTY))
                .andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing changed   | {"whatChanged": " ", "socialActor": "%s", "significance": "s", "contribution": "c", "areas": ["WELLBEING"]} | whatChanged
            no social actor   | {"whatChanged": "w", "significance": "s", "contribution": "c", "areas": ["WELLBEING"], "partners": ["%s"]}  | socialActor
            no significance   | {"whatChanged": "w", "socialActor": "%s", "contribution": "c", "areas": ["WELLBEING"]}                       | significance
            no contribution   | {"whatChanged": "w", "socialActor": "%s", "significance": "s", "areas": ["WELLBEING"]}                       | contribution
            no area           | {"whatChanged": "w", "socialActor": "%s", "significance": "s", "contribution": "c"}                         | areas
            bad place         | {"whatChanged": "w", "socialActor": "%s", "where": "Stroud", "significance": "s", "contribution": "c", "areas": ["WELLBEING"]} | where
            """)
    void badStatementsAreProblemsWithTheField(String what, String json, String field) throws Exception {
        assertBadInput("researcher", PATH, json.formatted(Cast.COUNTY), field);
    }

    @Test
    void badVerdictsAreProblemsWithTheField() throws Exception {
        String id = harvest();
        String verdicts = PATH + "/" + id + "/substantiations";
        assertBadInput("researcher", verdicts, """
                {"verifier": "%s", "verdict": "MAYBE", "comment": "c"}""".formatted(Cast.DAN_PRICE), "verdict");
        assertBadInput("researcher", verdicts, """
                {"verifier": "%s", "verdict": "AGREES"}""".formatted(Cast.DAN_PRICE), "comment");
        assertBadInput("researcher", verdicts, """
                {"verifier": "%s", "verdict": "AGREES", "comment": "c", "happenedOn": "2023-05-09"}"""
                .formatted(Cast.DAN_PRICE), "happenedOn");
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        harvest();
        assertRebuildKeepsRows("evidence-harvest-register", Map.of(
                "evidence_harvested_outcome", "id",
                "evidence_harvest_area", "outcome_id, area",
                "evidence_harvest_partner", "outcome_id, position",
                "evidence_substantiation", "outcome_id, verifier_id"));
    }
}
