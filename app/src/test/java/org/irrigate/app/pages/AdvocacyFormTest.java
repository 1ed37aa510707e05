package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.pages.PageForms.createdId;
import static org.irrigate.app.pages.PageForms.html;

import java.time.LocalDate;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Starting an advocacy action and recording its steps through the web pages' forms. */
@IntegrationTest
class AdvocacyFormTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService members;
    @Autowired
    Await await;
    @Autowired
    Api api;

    PageForms pages;

    @BeforeEach
    void setUp() {
        pages = new PageForms(mvc, members);
    }

    private MockHttpServletResponse start(String user, String ask, String... advocates) throws Exception {
        String[] fields = {"ask", ask, "decisionAtStake", "How the district shares out its UKSPF money",
                "targetOrganisation", Cast.STROUD_DC.toString(), "happenedOn", LocalDate.now().toString()};
        for (String advocate : advocates) {
            fields = java.util.stream.Stream.concat(java.util.Arrays.stream(fields),
                    java.util.stream.Stream.of("advocates", advocate)).toArray(String[]::new);
        }
        return pages.post(user, "/advocacy", fields);
    }

    @Test
    void anActionStartedThroughTheFormIsOnItsPageTheBoardAndTheTimeline() throws Exception {
        String ask = "Ten percent of UKSPF for community groups " + System.nanoTime();
        MockHttpServletResponse started = start("ggt", ask, Cast.GGT.toString(), Cast.GL11.toString());

        assertThat(started.getStatus()).isEqualTo(302);
        assertThat(started.getRedirectedUrl()).matches("/advocacy/[0-9a-f-]{36}\\?started");
        await.projections();
        String page = html(pages.get("ggt", started.getRedirectedUrl()));
        assertThat(page).contains("Advocacy action started.", ask, "Stroud District Council", "Record a step")
                .containsSubsequence("led by", "Gloucestershire Gateway Trust");
        assertThat(html(pages.get("ggt", "/advocacy"))).contains(ask, "/advocacy/" + createdId(started));
        assertThat(html(pages.get("coordinator", "/timeline"))).contains("Started advocacy: " + ask);
    }

    @Test
    void eachMissingAnswerIsShownNextToItsFieldWithWhatWasTypedKept() throws Exception {
        long before = api.storedEvents();
        MockHttpServletResponse refused = pages.post("coordinator", "/advocacy", "ask", " ",
                "decisionAtStake", "Typed before noticing the rest was missing", "happenedOn", "2999-01-01");

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = html(refused);
        assertThat(page).contains("There is a problem", "href=\"#field-ask\"", "href=\"#field-advocates\"")
                .containsSubsequence("id=\"ask-error\"", "The ask must not be blank", "id=\"field-ask\"")
                .containsSubsequence("id=\"advocates-error\"", "Who is asking must name at least one organisation")
                .containsSubsequence("id=\"targetOrganisation-error\"", "Who decides is required")
                .containsSubsequence("id=\"happenedOn-error\"", "Date started must not be in the future")
                .contains(">Typed before noticing the rest was missing</textarea>", "value=\"2999-01-01\"")
                .containsSubsequence("id=\"field-ask\"", "aria-invalid=\"true\"");
        assertThat(api.storedEvents()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void theModulesOwnRuleSpeaksNextToItsFieldAndTheChoicesStayTicked() throws Exception {
        MockHttpServletResponse refused = pages.post("coordinator", "/advocacy", "ask", "Ask the council itself",
                "decisionAtStake", "d", "advocates", Cast.GGT.toString(), "advocates", Cast.STROUD_DC.toString(),
                "targetOrganisation", Cast.STROUD_DC.toString());

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = html(refused);
        assertThat(page).containsSubsequence("id=\"targetOrganisation-error\"",
                        "Who decides must not be one of the advocates")
                .contains("value=\"Ask the council itself\"")
                .containsSubsequence("value=\"" + Cast.GGT + "\"", "checked");
    }

    @Test
    void researchersMayNotStartOneAndPartnersStartOnlyTheirOwn() throws Exception {
        assertThat(pages.get("researcher", "/advocacy/new").getStatus()).isEqualTo(403);
        assertThat(start("researcher", "A researcher's ask", Cast.CTP.toString()).getStatus()).isEqualTo(403);
        assertThat(html(pages.get("researcher", "/advocacy"))).doesNotContain("Start an advocacy action");
        long before = api.storedEvents();
        assertThat(start("grace", "An ask only GGT makes", Cast.GGT.toString()).getStatus()).isEqualTo(403);
        assertThat(api.storedEvents()).as("nothing recorded").isEqualTo(before);
        String form = html(pages.get("grace", "/advocacy/new"));
        assertThat(form).contains("The Grace Network is asking", "type=\"hidden\" name=\"advocates\" value=\""
                + Cast.GRACE + "\"");
    }

    @Test
    void aStepIsRecordedOnTheActionsPageAndItsErrorsShowThere() throws Exception {
        String ask = "Move the council meeting to a community venue " + System.nanoTime();
        String path = "/advocacy/" + createdId(start("ggt", ask, Cast.GGT.toString()));
        await.projections();

        MockHttpServletResponse blank = pages.post("ggt", path + "/steps", "kind", "", "description", "",
                "happenedOn", "");
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(html(blank)).contains(ask, "There is a problem")
                .containsSubsequence("id=\"kind-error\"", "What was done is required")
                .containsSubsequence("id=\"description-error\"", "What happened must not be blank");
        MockHttpServletResponse early = pages.post("ggt", path + "/steps", "kind", "LETTER",
                "description", "Letter to the leader", "happenedOn", "2020-01-01");
        assertThat(html(early)).containsSubsequence("id=\"happenedOn-error\"",
                        "Date of the step must not be before the action started")
                .contains(">Letter to the leader</textarea>", "value=\"2020-01-01\"")
                .containsSubsequence("value=\"LETTER\"", "selected");

        assertThat(pages.post("grace", path + "/steps", "kind", "LETTER", "description", "Not ours",
                "happenedOn", LocalDate.now().toString()).getStatus()).as("not an advocate").isEqualTo(403);
        assertThat(pages.post("researcher", path + "/steps", "kind", "LETTER", "description", "Not ours",
                "happenedOn", LocalDate.now().toString()).getStatus()).isEqualTo(403);
        assertThat(html(pages.get("researcher", path))).doesNotContain("Record a step");

        MockHttpServletResponse stepped = pages.post("ggt", path + "/steps", "kind", "MEETING",
                "description", "Met the leader at the hub", "happenedOn", LocalDate.now().toString());
        assertThat(stepped.getRedirectedUrl()).isEqualTo(path + "?stepped");
        await.projections();
        assertThat(html(pages.get("ggt", stepped.getRedirectedUrl()))).contains("Step recorded.",
                "Meeting: Met the leader at the hub");
        assertThat(html(pages.get("ggt", "/advocacy"))).containsSubsequence("In progress", ask);
    }
}
