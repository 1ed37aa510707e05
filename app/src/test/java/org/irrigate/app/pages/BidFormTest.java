package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.pages.PageForms.createdId;
import static org.irrigate.app.pages.PageForms.html;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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

/** Drafting a bid and submitting it through the web pages' forms. */
@IntegrationTest
class BidFormTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService members;
    @Autowired
    Await await;
    @Autowired
    Api api;

    PageForms pages;
    String fund;

    @BeforeEach
    void setUp() throws Exception {
        pages = new PageForms(mvc, members);
        // The county's £4m fund, open from 2023-09-01 to 2023-11-30.
        String body = api.post("coordinator", "/api/funding/opportunities", """
                        {"funder": "%s", "programme": "Youth work %s", "totalPot": 400000000,
                         "places": ["E07000081"], "opensOn": "2023-09-01", "closesOn": "2023-11-30",
                         "happenedOn": "2023-09-01"}""".formatted(Cast.COUNTY, System.nanoTime()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        fund = JsonPath.read(body, "$.fundingOpportunityId");
    }

    private MockHttpServletResponse draft(String user, String title, String lead, String amount,
                                          String... partners) throws Exception {
        String[] fields = {"fundingOpportunity", fund, "title", title, "lead", lead, "amountRequested", amount,
                "happenedOn", "2023-10-02"};
        for (String partner : partners) {
            fields = java.util.stream.Stream.concat(java.util.Arrays.stream(fields),
                    java.util.stream.Stream.of("partners", partner)).toArray(String[]::new);
        }
        return pages.post(user, "/funding/bids", fields);
    }

    @Test
    void aBidDraftedThroughTheFormIsInThePipelineAndOnTheTimelineAndCanBeSubmitted() throws Exception {
        String title = "Open access youth work " + System.nanoTime();
        MockHttpServletResponse drafted = draft("ggt", title, Cast.GGT.toString(), "£640,000.50",
                Cast.VENTURE.toString());

        assertThat(drafted.getStatus()).isEqualTo(302);
        assertThat(drafted.getRedirectedUrl()).matches("/funding/bids/[0-9a-f-]{36}\\?drafted");
        String path = "/funding/bids/" + createdId(drafted);
        await.projections();
        assertThat(html(pages.get("ggt", drafted.getRedirectedUrl()))).contains("Draft bid saved.", title,
                "£640,000.50", "The Venture: White City", "Submit the bid");
        assertThat(html(pages.get("ggt", "/funding"))).contains("href=\"" + path + "\"", title);
        assertThat(html(pages.get("coordinator", "/timeline"))).contains("Bid drafted: " + title);

        MockHttpServletResponse late = pages.post("ggt", path + "/submit", "happenedOn", "2024-01-05");
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(html(late)).contains("There is a problem", "value=\"2024-01-05\"")
                .containsSubsequence("id=\"happenedOn-error\"", "Date submitted must not be after the fund closed (2023-11-30)");
        assertThat(pages.post("grace", path + "/submit", "happenedOn", "2023-11-20").getStatus())
                .as("not on the bid").isEqualTo(403);
        assertThat(html(pages.get("venture", path))).as("a partner, not the lead").doesNotContain("id=\"submit-form\"");
        assertThat(pages.post("venture", path + "/submit", "happenedOn", "2023-11-20").getStatus())
                .as("the ownership guard's refusal").isEqualTo(403);

        MockHttpServletResponse submitted = pages.post("ggt", path + "/submit", "happenedOn", "2023-11-20");
        assertThat(submitted.getRedirectedUrl()).isEqualTo(path + "?submitted");
        await.projections();
        assertThat(html(pages.get("ggt", submitted.getRedirectedUrl()))).contains("Bid submitted.", "2023-11-20")
                .doesNotContain("id=\"submit-form\"");
    }

    @Test
    void eachMissingOrUnreadableAnswerIsShownNextToItsFieldWithWhatWasTypedKept() throws Exception {
        long before = api.storedEvents();
        MockHttpServletResponse refused = pages.post("ggt", "/funding/bids", "fundingOpportunity", "",
                "title", "", "lead", Cast.GGT.toString(), "amountRequested", "lots", "happenedOn", "2023-13-45");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("There is a problem", "href=\"#field-fundingOpportunity\"")
                .containsSubsequence("id=\"fundingOpportunity-error\"", "Fund is required")
                .containsSubsequence("id=\"title-error\"", "Title must not be blank")
                .containsSubsequence("id=\"amountRequested-error\"", "Amount asked for must be an amount in pounds",
                        "value=\"lots\"")
                .containsSubsequence("id=\"happenedOn-error\"", "Date drafted must be a date (YYYY-MM-DD)")
                .containsSubsequence("value=\"" + Cast.GGT + "\"", "selected");
        assertThat(api.storedEvents()).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void theFundingModulesRulesSpeakNextToTheirFields() throws Exception {
        MockHttpServletResponse overThePot = draft("ggt", "Asking for more than there is", Cast.GGT.toString(),
                "4000000.01");
        assertThat(overThePot.getStatus()).isEqualTo(422);
        assertThat(html(overThePot)).containsSubsequence("id=\"amountRequested-error\"",
                "Amount asked for must not be more than the fund's total pot (£4,000,000.00)", "value=\"4000000.01\"")
                .contains("value=\"Asking for more than there is\"");

        MockHttpServletResponse leadAsPartner = draft("ggt", "Lead twice", Cast.GGT.toString(), "1000",
                Cast.GGT.toString());
        assertThat(html(leadAsPartner)).containsSubsequence("id=\"partners-error\"",
                "Partners must not include the lead organisation");
    }

    @Test
    void researchersMayNotDraftAndPartnersDraftOnlyBidsTheyAreOn() throws Exception {
        assertThat(pages.get("researcher", "/funding/bids/new").getStatus()).isEqualTo(403);
        assertThat(draft("researcher", "A researcher's bid", Cast.CTP.toString(), "1000").getStatus())
                .isEqualTo(403);
        assertThat(html(pages.get("researcher", "/funding"))).doesNotContain("Draft a bid");
        long before = api.storedEvents();
        assertThat(draft("grace", "A bid for GGT alone", Cast.GGT.toString(), "1000").getStatus()).isEqualTo(403);
        assertThat(api.storedEvents()).as("nothing recorded").isEqualTo(before);
        assertThat(draft("grace", "Grace partners GGT " + System.nanoTime(), Cast.GGT.toString(), "1000",
                Cast.GRACE.toString()).getStatus()).as("a partner on the bid").isEqualTo(302);
    }
}
