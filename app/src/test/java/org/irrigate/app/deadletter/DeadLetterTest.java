package org.irrigate.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import irrigatetest.faulty.FaultyProjection;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A projection that throws parks the event in the dead-letter queue and carries on; an admin retries it. */
@IntegrationTest
@Import(FaultyProjection.class)
class DeadLetterTest {
    @Autowired
    Api api;
    @Autowired
    Await await;

    @Test
    void aFailingEventIsParkedProcessingContinuesAndARetryDeliversIt() throws Exception {
        FaultyProjection.broken = true;
        api.post("coordinator", "/api/organisations", """
                {"name": "Faulty Group", "kind": "COMMUNITY_GROUP"}""").andExpect(status().isCreated());
        api.post("coordinator", "/api/organisations", """
                {"name": "Healthy Group", "kind": "COMMUNITY_GROUP"}""").andExpect(status().isCreated());
        await.projections();

        assertThat(FaultyProjection.seen).contains("Healthy Group").doesNotContain("Faulty Group");
        api.get("admin", "/api/admin/dead-letters").andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].projection", is("faulty")))
                .andExpect(jsonPath("$[0].eventType", is("OrganisationRegistered")))
                .andExpect(jsonPath("$[0].cause", is("java.lang.IllegalStateException: cannot handle Faulty Group")));
        api.get("coordinator", "/api/admin/dead-letters").andExpect(status().isForbidden());

        FaultyProjection.broken = false;
        api.post("admin", "/api/admin/dead-letters/faulty/retry", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.sequencesRetried", is(1)))
                .andExpect(jsonPath("$.stillParked", is(0)));
        assertThat(FaultyProjection.seen).contains("Faulty Group");
        api.get("admin", "/api/admin/dead-letters").andExpect(jsonPath("$", hasSize(0)));
    }
}
