package org.irrigate.app.funding;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.springframework.test.web.servlet.ResultActions;

/** The steps a tester takes through the funding API, as the coordinator unless a user is named. */
class FundingSteps {
    final Api api;

    FundingSteps(Api api) {
        this.api = api;
    }

    String organisation(String name, String kind, String charityNumber) throws Exception {
        String body = api.post("coordinator", "/api/organisations", """
                        {"name": "%s", "kind": "%s", "place": "E07000082", "happenedOn": "2022-01-10"%s}"""
                        .formatted(name, kind, charityNumber == null ? "" : ", \"charityNumber\": \"" + charityNumber + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.organisationId");
    }

    /** A fund of the county, £4m, open from 2023-09-01 to 2023-11-30, for Gloucester and the Forest. */
    String opportunity(String programme) throws Exception {
        String body = api.post("coordinator", "/api/funding/opportunities", """
                        {"funder": "%s", "programme": "%s", "totalPot": 400000000,
                         "places": ["E07000081", "E07000080"], "opensOn": "2023-09-01", "closesOn": "2023-11-30",
                         "notes": "Open access youth work", "happenedOn": "2023-09-01"}""".formatted(Cast.COUNTY, programme))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.fundingOpportunityId");
    }

    /** A draft by GGT with the given partners, asking £3.2m. */
    String bid(String opportunity, List<String> partners) throws Exception {
        String body = api.post("ggt", "/api/funding/bids", """
                        {"fundingOpportunityId": "%s", "title": "Youth work for Gloucester and the Forest",
                         "lead": "%s", "partners": [%s], "amountRequested": 320000000, "happenedOn": "2023-10-02"}"""
                        .formatted(opportunity, Cast.GGT, quoted(partners)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.bidId");
    }

    void submit(String bid) throws Exception {
        api.post("ggt", "/api/funding/bids/" + bid + "/submit", """
                {"happenedOn": "2023-11-20"}""").andExpect(status().isNoContent());
    }

    void decide(String bid, String outcome, long amount, String on) throws Exception {
        api.post("coordinator", "/api/funding/bids/" + bid + "/decision", """
                        {"outcome": "%s", "amount": %d, "decisionMaker": "%s", "decidedBy": ["%s"],
                         "happenedOn": "%s"}""".formatted(outcome, amount, Cast.COUNTY, Cast.MARCUS_WEBB, on))
                .andExpect(status().isNoContent());
    }

    /** A submitted bid, awarded in full. */
    String awardedBid() throws Exception {
        String bid = bid(opportunity("Youth services " + System.nanoTime()), List.of(Cast.VENTURE.toString(),
                Cast.FVAF.toString()));
        submit(bid);
        decide(bid, "AWARDED", 320_000_000, "2024-02-12");
        return bid;
    }

    /** £3.2m to GGT in five yearly parts of £640,000. */
    String award(String bid) throws Exception {
        String parts = IntStream.range(2024, 2029).mapToObj(year -> """
                {"key": "year-%d", "label": "Year from April %d", "recipient": "%s", "from": "%d-04-01",
                 "to": "%d-03-31", "amount": 64000000}""".formatted(year, year, Cast.GGT, year, year + 1))
                .collect(Collectors.joining(","));
        String body = api.post("coordinator", "/api/funding/awards", """
                        {"bidId": "%s", "title": "Youth services", "recipients": [{"organisation": "%s"}],
                         "total": 320000000, "schedule": [%s], "places": ["E07000081", "E07000080"],
                         "happenedOn": "2024-03-01"}""".formatted(bid, Cast.GGT, parts))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.awardId");
    }

    /**
     * Posts an award with one part, for {@code recipient}, as the coordinator.
     *
     * @param source     what the award comes from: {@code "bidId": "…"} or {@code "funder": "…"}
     * @param recipients the recipients' JSON objects, e.g. {@code {"organisation": "…", "host": "…"}}
     */
    ResultActions singlePartAward(String source, String recipients, String recipient, long total, long amount)
            throws Exception {
        return api.post("coordinator", "/api/funding/awards", """
                {%s, "title": "One part", "recipients": [%s], "total": %d,
                 "schedule": [{"key": "y1", "label": "Year 1", "recipient": "%s", "from": "2024-04-01",
                 "to": "2025-03-31", "amount": %d}], "happenedOn": "2024-03-01"}"""
                .formatted(source, recipients, total, recipient, amount));
    }

    static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
