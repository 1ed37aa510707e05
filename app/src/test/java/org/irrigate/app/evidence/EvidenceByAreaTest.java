package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.EvidenceChapter;
import org.junit.jupiter.api.Test;

class EvidenceByAreaTest extends EvidenceIntegration {
    static final String PATH = "/api/evidence/by-area";

    int count(String json, String area, String partner, String kind) {
        List<Integer> counts = JsonPath.read(json, "$[?(@.area == '" + area + "' && @.partner == '" + partner + "')]."
                + kind);
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    String counts() throws Exception {
        await.projections();
        return api.get("researcher", PATH + "/counts").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCaseStudyCountsUnderItsPartnerAndAreasOnceItIsPublished() throws Exception {
        String before = counts();
        String id = JsonPath.read(api.post("venture", "/api/evidence/case-studies", """
                        {"title": "Youth club", "content": {"stage": "s", "subject": "A youth club", "motivation": "m",
                         "experience": "e", "whatHappened": [{"area": "QUALITY_OF_EMPLOYMENT", "narrative": "First jobs"}],
                         "whyItHappened": "w", "expectedAndUnexpected": "x"}, "happenedOn": "2024-01-10"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseStudyId");
        String drafted = counts();
        assertThat(count(drafted, "QUALITY_OF_EMPLOYMENT", Cast.VENTURE.toString(), "caseStudies"))
                .isEqualTo(count(before, "QUALITY_OF_EMPLOYMENT", Cast.VENTURE.toString(), "caseStudies"));
        api.post("venture", "/api/evidence/case-studies/" + id + "/publish", "{}").andExpect(status().isNoContent());
        String published = counts();
        assertThat(count(published, "QUALITY_OF_EMPLOYMENT", Cast.VENTURE.toString(), "caseStudies"))
                .isEqualTo(count(before, "QUALITY_OF_EMPLOYMENT", Cast.VENTURE.toString(), "caseStudies") + 1);
        api.get("ggt", PATH + "?area=QUALITY_OF_EMPLOYMENT&partner=" + Cast.VENTURE + "&kind=CASE_STUDY")
                .andExpect(jsonPath("$[*].evidenceId", hasItem(id)));
        api.get("ggt", PATH + "?area=WELLBEING&partner=" + Cast.VENTURE)
                .andExpect(jsonPath("$[*].evidenceId", not(hasItem(id))));
    }

    @Test
    void theDemoEvidenceCoversEveryPartnerAndTheStroudOutcome() throws Exception {
        String counts = counts();
        for (var partner : List.of(Cast.GGT, Cast.GL11, Cast.GRACE, Cast.GCBC, Cast.FAIR_SHARES, Cast.VENTURE)) {
            assertThat(count(counts, "NEIGHBOURHOOD_TRUST", partner.toString(), "caseStudies")).as(partner.toString())
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(count(counts, "PARTICIPATION_AND_INFLUENCE", Cast.GRACE.toString(), "learningPoints"))
                .isGreaterThanOrEqualTo(4);
        api.get("ggt", PATH + "?kind=HARVESTED_OUTCOME&area=LOCAL_ECONOMY&partner=" + Cast.GL11)
                .andExpect(jsonPath("$[*].evidenceId", hasItem(EvidenceChapter.STROUD_HUBS_OUTCOME.toString())));
    }

    @Test
    void badFiltersAreProblems() throws Exception {
        api.get("ggt", PATH + "?area=HAPPINESS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.is("area")));
    }

    @Test
    void replayRebuildsTheSameRows() throws Exception {
        assertRebuildKeepsRows("evidence-by-area", Map.of(
                "evidence_item", "evidence_id, item_no",
                "evidence_item_area", "evidence_id, item_no, area",
                "evidence_item_partner", "evidence_id, item_no, partner_id",
                "evidence_reflection_partner", "reflection_id, partner_id"));
    }
}
