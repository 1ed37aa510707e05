package org.irrigate.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PeopleApiTest {
    @Autowired
    Api api;
    @Autowired
    Await await;

    @Test
    void officerTurnoverStaysAnswerable() throws Exception {
        await.projections();
        List<String> march2023 = JsonPath.read(api.get("ggt", "/api/organisations/" + Cast.COUNTY + "/people?on=2023-03-15")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[*].fullName");
        assertThat(march2023).containsExactly("Helen Carter");
        List<String> october2023 = JsonPath.read(api.get("ggt", "/api/organisations/" + Cast.COUNTY + "/people?on=2023-10-02")
                .andReturn().getResponse().getContentAsString(), "$[*].fullName");
        assertThat(october2023).containsExactly("Marcus Webb");
        api.get("ggt", "/api/people/" + Cast.HELEN_CARTER)
                .andExpect(jsonPath("$.roles[0].to", is("2023-06-30")))
                .andExpect(jsonPath("$.roles[0].organisationName", is("Gloucestershire County Council")));
    }

    @Test
    void aPersonsRolesAreRecordedAndEnded() throws Exception {
        String person = JsonPath.read(api.post("gcbc", "/api/people", """
                        {"fullName": "Alys Test", "email": "alys@example.org", "happenedOn": "2022-01-10"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.personId");
        String role = JsonPath.read(api.post("gcbc", "/api/people/" + person + "/roles", """
                        {"organisationId": "%s", "title": "Locality Officer", "happenedOn": "2022-02-01"}"""
                        .formatted(Cast.GLOUCESTER_CITY))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.roleId");
        long before = api.storedEvents();
        api.post("gcbc", "/api/people/" + person + "/roles/" + role + "/end", """
                {"happenedOn": "2022-01-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("gcbc", "/api/people/" + person + "/roles/" + Cast.HELEN_CARTER + "/end", """
                {"happenedOn": "2023-01-01"}""").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
        api.post("gcbc", "/api/people/" + person + "/roles/" + role + "/end", """
                {"reason": "Restructure", "happenedOn": "2023-01-31"}""").andExpect(status().isNoContent());
        api.post("gcbc", "/api/people/" + person + "/roles/" + role + "/end", """
                {"happenedOn": "2023-02-01"}""").andExpect(status().isConflict());
        await.projections();
        api.get("gcbc", "/api/people/" + person)
                .andExpect(jsonPath("$.email", is("alys@example.org")))
                .andExpect(jsonPath("$.roles[0].title", is("Locality Officer")))
                .andExpect(jsonPath("$.roles[0].to", is("2023-01-31")));
    }

    @Test
    void badPeopleInputIsRejected() throws Exception {
        long before = api.storedEvents();
        api.post("gcbc", "/api/people", """
                {"fullName": "", "happenedOn": "2022-01-10"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("fullName")));
        api.post("gcbc", "/api/people", """
                {"fullName": "X", "email": "nope"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("email")));
        api.post("gcbc", "/api/people/" + Cast.HELEN_CARTER + "/roles", """
                {"organisationId": "6a0f7d0e-0000-4000-8000-000000000000", "title": "Officer"}""")
                .andExpect(status().isNotFound());
        api.post("gcbc", "/api/people/" + Cast.HELEN_CARTER + "/roles", """
                {"title": "Officer"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("organisationId")));
        api.get("gcbc", "/api/people?on=2023-01-01").andExpect(status().isBadRequest());
        api.get("gcbc", "/api/people/6a0f7d0e-0000-4000-8000-000000000000").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }
}
