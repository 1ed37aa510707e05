package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@IntegrationTest
class RepresentationApiTest extends InfluenceIntegration {
    String body() throws Exception {
        return create("coordinator", "/api/organisations", """
                {"name": "Steering group %s", "kind": "STRATEGIC_PARTNERSHIP", "happenedOn": "2022-01-01"}"""
                .formatted(UUID.randomUUID()), "organisationId");
    }

    String seat(String body, String from) throws Exception {
        return create("ggt", "/api/representations", """
                {"personId": "%s", "organisationId": "%s", "bodyId": "%s", "seat": "VCSE seat", "happenedOn": "%s"}"""
                .formatted(Cast.JO_BENNETT, Cast.GGT, body, from), "representationId");
    }

    @Test
    void seatsAreHeldFromAndToAndListedInTheRegister() throws Exception {
        String body = body();
        String id = seat(body, "2023-02-01");
        settle();
        api.get("gl11", "/api/representations/" + id).andExpect(status().isOk())
                .andExpect(jsonPath("$.personName", is("Jo Bennett")))
                .andExpect(jsonPath("$.organisationName", is("Gloucestershire Gateway Trust")))
                .andExpect(jsonPath("$.seat", is("VCSE seat")))
                .andExpect(jsonPath("$.from", is("2023-02-01")))
                .andExpect(jsonPath("$.to").doesNotExist());

        api.post("ggt", "/api/representations/" + id + "/end", """
                {"reason": "Term ended", "happenedOn": "2024-01-31"}""").andExpect(status().isNoContent());
        settle();
        assertThat(seats("body=" + body)).containsExactly(id);
        assertThat(seats("body=" + body + "&on=2023-06-01")).containsExactly(id);
        assertThat(seats("body=" + body + "&on=2024-02-01")).isEmpty();
        assertThat(seats("body=" + body + "&on=2023-01-31")).isEmpty();
        assertThat(seats("person=" + Cast.JO_BENNETT)).contains(id);
        assertThat(seats("organisation=" + Cast.GL11)).doesNotContain(id);
        api.get("gl11", "/api/representations/" + id).andExpect(jsonPath("$.to", is("2024-01-31")))
                .andExpect(jsonPath("$.endReason", is("Term ended")));

        List<Map<String, Object>> timeline = timeline("coordinator", "organisation=" + body);
        assertThat(timeline).extracting(e -> e.get("eventType"))
                .contains("RepresentationStarted", "RepresentationEnded");
        assertThat(timeline).extracting(e -> e.get("summary")).contains("Took a seat on a strategic body: VCSE seat");

        refused("ggt", "/api/representations/" + id + "/end", "{}", status().isConflict());
    }

    List<String> seats(String query) throws Exception {
        return read("researcher", "/api/representations?" + query, "$[*].representationId");
    }

    @Test
    void badInputAndUnknownReferencesWriteNothing() throws Exception {
        String body = body();
        String id = seat(body, "2023-02-01");
        long before = api.storedEvents();
        api.post("ggt", "/api/representations", """
                {"personId": "%s", "organisationId": "%s", "bodyId": "%s", "seat": "Seat"}"""
                .formatted(Cast.JO_BENNETT, Cast.GGT, Cast.GGT)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("bodyId")));
        api.post("ggt", "/api/representations", """
                {"personId": "%s", "organisationId": "%s", "bodyId": "%s", "seat": " "}"""
                .formatted(Cast.JO_BENNETT, Cast.GGT, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("seat")));
        api.post("ggt", "/api/representations", """
                {"organisationId": "%s", "bodyId": "%s", "seat": "Seat"}"""
                .formatted(Cast.GGT, body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("personId")));
        api.post("ggt", "/api/representations", """
                {"personId": "%s", "organisationId": "%s", "bodyId": "%s", "seat": "Seat"}"""
                .formatted(UUID.randomUUID(), Cast.GGT, body)).andExpect(status().isNotFound());
        api.post("ggt", "/api/representations/" + id + "/end", """
                {"happenedOn": "2023-01-01"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("happenedOn")));
        api.post("ggt", "/api/representations/" + UUID.randomUUID() + "/end", "{}").andExpect(status().isNotFound());
        api.get("ggt", "/api/representations/" + UUID.randomUUID()).andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void theRepresentationRegisterRebuildsIdenticallyFromTheEvents() throws Exception {
        String id = seat(body(), "2023-02-01");
        api.post("ggt", "/api/representations/" + id + "/end", """
                {"happenedOn": "2023-12-31"}""").andExpect(status().isNoContent());
        assertRebuildsIdentically("representation-register", Map.of("influence_representation", "id"));
    }
}
