package org.irrigate.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OrganisationApiTest {
    @Autowired
    Api api;
    @Autowired
    Await await;

    String register(String user, String name) throws Exception {
        String body = api.post(user, "/api/organisations", """
                        {"name": "%s", "kind": "COMMUNITY_GROUP", "place": "E07000082", "happenedOn": "2023-02-01"}"""
                        .formatted(name))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.organisationId");
    }

    @Test
    void aRegisteredOrganisationAppearsInTheDirectoryAndOnTheTimelineWithItsAudit() throws Exception {
        String id = register("ggt", "Minchinhampton Benches");
        await.projections();

        api.get("ggt", "/api/organisations/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("Minchinhampton Benches")))
                .andExpect(jsonPath("$.status", is("ACTIVE")))
                .andExpect(jsonPath("$.registeredOn", is("2023-02-01")));

        String timeline = api.get("coordinator", "/api/timeline?organisation=" + id)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(timeline, "$.items");
        assertThat(items).hasSize(1);
        Map<String, Object> entry = items.getFirst();
        assertThat(entry).containsEntry("eventType", "OrganisationRegistered")
                .containsEntry("recordedBy", "ggt")
                .containsEntry("onBehalfOf", Cast.GGT.toString())
                .containsEntry("onBehalfOfName", "Gloucestershire Gateway Trust")
                .containsEntry("happenedOn", "2023-02-01")
                .containsEntry("aggregateId", id);
        assertThat((String) entry.get("recordedAt")).startsWith(LocalDate.now().toString().substring(0, 4));
        assertThat((String) entry.get("correlationId")).isNotBlank();
    }

    @Test
    void theRecorderComesFromTheSignInNotTheBody() throws Exception {
        long before = api.storedEvents();
        api.post("gl11", "/api/organisations", """
                        {"name": "Sneaky", "kind": "FUNDER", "recordedBy": "coordinator"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("recordedBy")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON          | {"name": "X",                                        | body
            unknown enum value      | {"name": "X", "kind": "CHARITY"}                     | kind
            unknown field           | {"name": "X", "kind": "FUNDER", "colour": "red"}     | colour
            blank name              | {"name": "  ", "kind": "FUNDER"}                     | name
            missing kind            | {"name": "X"}                                        | kind
            bad ONS code            | {"name": "X", "kind": "FUNDER", "place": "E0700008"} | place
            wrong type              | {"name": ["X"], "kind": "FUNDER"}                    | name
            bad date                | {"name": "X", "kind": "FUNDER", "happenedOn": "2023-02-30"} | happenedOn
            date in the future      | {"name": "X", "kind": "FUNDER", "happenedOn": "2999-01-01"} | happenedOn
            """)
    void badInputIsAProblemWithTheFieldAndWritesNothing(String what, String json, String field) throws Exception {
        long before = api.storedEvents();
        api.post("ggt", "/api/organisations", json)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title", is("Invalid input")))
                .andExpect(jsonPath("$.errors[0].field", is(field)))
                .andExpect(jsonPath("$.trace").doesNotExist());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        long before = api.storedEvents();
        String unknown = "0b6e2d4c-1111-4222-8333-944455556666";
        api.get("ggt", "/api/organisations/" + unknown).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title", is("Not found")));
        api.post("ggt", "/api/organisations/" + unknown + "/rename", """
                {"name": "New"}""").andExpect(status().isNotFound());
        api.post("ggt", "/api/organisations", """
                {"name": "X", "kind": "FUNDER", "place": "E07000999"}""").andExpect(status().isNotFound());
        api.get("ggt", "/api/organisations/not-a-uuid").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("organisationId")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void conflictsAre409AndWriteNothing() throws Exception {
        String id = register("ggt", "Short-lived group");
        api.post("ggt", "/api/organisations/" + id + "/retire", """
                {"reason": "Wound up", "happenedOn": "2023-06-01"}""").andExpect(status().isNoContent());
        long before = api.storedEvents();
        api.post("ggt", "/api/organisations/" + id + "/rename", """
                {"name": "Revived"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", is("The organisation has been merged or retired; its record is closed")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void mergeKeepsBothRecords() throws Exception {
        String duplicate = register("ggt", "Stroud Hubs (dup)");
        api.post("ggt", "/api/organisations/" + duplicate + "/merge", """
                {"mergedInto": "%s", "reason": "Same hubs"}""".formatted(Cast.STROUD_HUBS))
                .andExpect(status().isNoContent());
        await.projections();
        api.get("ggt", "/api/organisations/" + duplicate)
                .andExpect(jsonPath("$.status", is("MERGED")))
                .andExpect(jsonPath("$.mergedInto", is(Cast.STROUD_HUBS.toString())));
        api.get("ggt", "/api/organisations/" + Cast.STROUD_HUBS).andExpect(jsonPath("$.status", is("ACTIVE")));
    }

    @Test
    void membershipHasDates() throws Exception {
        String id = register("coordinator", "New Partner CIC");
        api.post("coordinator", "/api/organisations/" + id + "/join", """
                {"happenedOn": "2024-01-10"}""").andExpect(status().isNoContent());
        api.post("coordinator", "/api/organisations/" + id + "/leave", """
                {"reason": "Lost funding", "happenedOn": "2023-12-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("coordinator", "/api/organisations/" + id + "/leave", """
                {"reason": "Lost funding", "happenedOn": "2024-06-01"}""").andExpect(status().isNoContent());
        await.projections();
        api.get("coordinator", "/api/organisations/" + id)
                .andExpect(jsonPath("$.member", is(false)))
                .andExpect(jsonPath("$.joinedOn", is("2024-01-10")))
                .andExpect(jsonPath("$.leftOn", is("2024-06-01")));
    }

    @Test
    void researchersCannotChangeHistoryAndStrangersAreNotLetIn() throws Exception {
        api.post("researcher", "/api/organisations", """
                {"name": "X", "kind": "FUNDER"}""").andExpect(status().isForbidden());
        api.get(null, "/api/organisations").andExpect(status().isUnauthorized());
        api.get("researcher", "/api/organisations").andExpect(status().isOk());
    }
}
