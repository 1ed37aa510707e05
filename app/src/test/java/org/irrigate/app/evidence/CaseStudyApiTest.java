package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.EvidenceChapter;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStudyApiTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/case-studies";
    static final String SKETCH = """
            {"subject": "A walking group", "whatHappened": [{"area": "WELLBEING", "narrative": "Less lonely"}]}""";
    static final String COMPLETE = """
            {"stage": "One year", "subject": "A walking group", "personalDetails": "Man in his eighties, widowed",
             "motivation": "Loneliness", "experience": "Weekly walks",
             "whatHappened": [{"area": "WELLBEING", "narrative": "Less lonely"},
                              {"area": "NEIGHBOURHOOD_TRUST", "narrative": "Knows his neighbours"}],
             "whyItHappened": "Patience", "expectedAndUnexpected": "Unexpected: he now leads walks"}""";

    String draft(String user, String content) throws Exception {
        String body = api.post(user, PATH, """
                        {"title": "Walking group", "content": %s, "happenedOn": "2023-09-12"}""".formatted(content))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.caseStudyId");
    }

    @Test
    void aPartnerDraftsRevisesRecordsConsentAndPublishesItsOwnCaseStudy() throws Exception {
        String id = draft("gcbc", SKETCH);
        api.post("gcbc", PATH + "/" + id + "/publish", "{}").andExpect(status().isConflict());
        api.post("gcbc", PATH + "/" + id + "/revise", """
                {"content": %s, "reason": "Filled in the template", "happenedOn": "2023-09-20"}""".formatted(COMPLETE))
                .andExpect(status().isNoContent());
        api.post("gcbc", PATH + "/" + id + "/publish", """
                {"happenedOn": "2023-09-29"}""").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is(
                        "The case study holds personal details: record the person's consent before publishing it")));
        api.post("gcbc", PATH + "/" + id + "/consent", """
                {"method": "VERBAL", "scope": "Learning report", "happenedOn": "2023-09-21"}""")
                .andExpect(status().isNoContent());
        api.post("gcbc", PATH + "/" + id + "/publish", """
                {"happenedOn": "2023-09-29"}""").andExpect(status().isNoContent());
        await.projections();

        api.get("researcher", PATH + "/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.partner", is(Cast.GCBC.toString())))
                .andExpect(jsonPath("$.status", is("PUBLISHED")))
                .andExpect(jsonPath("$.version", is(2)))
                .andExpect(jsonPath("$.happenedOn", is("2023-09-12")))
                .andExpect(jsonPath("$.publishedOn", is("2023-09-29")))
                .andExpect(jsonPath("$.content.whatHappened[*].area", contains("NEIGHBOURHOOD_TRUST", "WELLBEING")))
                .andExpect(jsonPath("$.consent.method", is("VERBAL")));
        api.get("researcher", PATH + "?partner=" + Cast.GCBC + "&status=PUBLISHED&area=NEIGHBOURHOOD_TRUST")
                .andExpect(jsonPath("$[*].caseStudyId", hasItem(id)));
        api.get("researcher", PATH + "?partner=" + Cast.GGT).andExpect(jsonPath("$[*].caseStudyId", not(hasItem(id))));
    }

    @Test
    void onlyItsPartnerOrTheCoordinatorChangesACaseStudy() throws Exception {
        String id = draft("gcbc", SKETCH);
        long before = api.storedEvents();
        api.post("ggt", PATH + "/" + id + "/revise", """
                {"content": %s, "reason": "Not mine"}""".formatted(COMPLETE)).andExpect(status().isForbidden());
        api.post("researcher", PATH + "/" + id + "/publish", "{}").andExpect(status().isForbidden());
        api.post("ggt", PATH, """
                {"partner": "%s", "title": "T", "content": %s}""".formatted(Cast.GCBC, SKETCH))
                .andExpect(status().isForbidden());
        assertThat(api.storedEvents()).isEqualTo(before);
        String forVenture = JsonPath.read(api.post("coordinator", PATH, """
                        {"partner": "%s", "title": "Written up with the coordinator", "content": %s}"""
                        .formatted(Cast.VENTURE, SKETCH)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.caseStudyId");
        await.projections();
        api.get("venture", PATH + "/" + forVenture).andExpect(jsonPath("$.partner", is(Cast.VENTURE.toString())));
    }

    @Test
    void linksMustExistAndAreAddedOnce() throws Exception {
        String id = draft("grace", SKETCH);
        String unknown = UNKNOWN;
        long before = api.storedEvents();
        api.post("grace", PATH + "/" + id + "/links", """
                {"conversations": ["%s"]}""".formatted(unknown)).andExpect(status().isNotFound());
        api.post("grace", PATH + "/" + id + "/links", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("links")));
        api.post("grace", PATH + "/" + unknown + "/publish", "{}").andExpect(status().isNotFound());
        api.post("coordinator", PATH, """
                {"partner": "%s", "title": "T", "content": %s}""".formatted(unknown, SKETCH))
                .andExpect(status().isNotFound());
        api.post("grace", PATH + "/" + EvidenceChapter.THEORY_OF_CHANGE + "/publish", "{}")
                .andExpect(status().isNotFound());
        api.get("grace", PATH + "/" + unknown).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank title           | {"title": " ", "content": {"subject": "s", "whatHappened": [{"area": "WELLBEING", "narrative": "n"}]}} | title
            no content            | {"title": "T"}                                                                                    | content
            no who or what        | {"title": "T", "content": {"whatHappened": [{"area": "WELLBEING", "narrative": "n"}]}}            | content.subject
            nothing happened      | {"title": "T", "content": {"subject": "s", "whatHappened": []}}                                   | content.whatHappened
            area told twice       | {"title": "T", "content": {"subject": "s", "whatHappened": [{"area": "WELLBEING", "narrative": "a"}, {"area": "WELLBEING", "narrative": "b"}]}} | content.whatHappened[1].area
            unknown area          | {"title": "T", "content": {"subject": "s", "whatHappened": [{"area": "HAPPINESS", "narrative": "n"}]}} | content.whatHappened[0].area
            partner not an id     | {"partner": "GCBC", "title": "T", "content": {"subject": "s", "whatHappened": [{"area": "WELLBEING", "narrative": "n"}]}} | partner
            unknown field         | {"title": "T", "status": "PUBLISHED"}                                                             | status
            """)
    void badInputIsAProblemWithTheFieldAndWritesNothing(String what, String json, String field) throws Exception {
        assertBadInput("coordinator", PATH, json, field);
    }

    @Test
    void everyPartnerHasAPublishedCaseStudyInTheDemoStory() throws Exception {
        await.projections();
        Map<OrganisationId, CaseStudyId> demo = Map.of(Cast.GGT, EvidenceChapter.GGT_CASE_STUDY,
                Cast.GL11, EvidenceChapter.GL11_CASE_STUDY, Cast.GRACE, EvidenceChapter.GRACE_CASE_STUDY,
                Cast.GCBC, EvidenceChapter.GCBC_CASE_STUDY, Cast.FAIR_SHARES, EvidenceChapter.FAIR_SHARES_CASE_STUDY,
                Cast.VENTURE, EvidenceChapter.VENTURE_CASE_STUDY);
        for (var partner : demo.entrySet()) {
            api.get("researcher", PATH + "?status=PUBLISHED&partner=" + partner.getKey())
                    .andExpect(jsonPath("$[*].caseStudyId", hasItem(partner.getValue().toString())))
                    .andExpect(jsonPath("$[?(@.caseStudyId == '" + partner.getValue() + "')].happenedOn",
                            contains("2023-09-12")));
        }
        api.get("ggt", PATH + "/" + EvidenceChapter.GL11_CASE_STUDY).andExpect(jsonPath("$.version", is(2)));
        api.get("ggt", PATH + "/" + EvidenceChapter.FAIR_SHARES_CASE_STUDY)
                .andExpect(jsonPath("$.consent.method", is("WRITTEN")))
                .andExpect(jsonPath("$.content.personalDetails", not(nullValue())));
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        draft("fairshares", SKETCH);
        assertRebuildKeepsRows("evidence-case-studies", Map.of(
                "evidence_case_study", "id",
                "evidence_case_study_narrative", "case_study_id, area"));
    }
}
