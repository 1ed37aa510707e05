package org.irrigate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.DatabaseOutage;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Without the database a command answers 503 with Retry-After and writes nothing; when it returns, all is well. */
@IntegrationTest
class DatabaseOutageTest {
    static final String BODY = """
            {"name": "Outage Hub", "kind": "COMMUNITY_GROUP"}""";

    @Autowired
    Api api;
    @Autowired
    Await await;

    @AfterEach
    void databaseBack() {
        DatabaseOutage.end();
    }

    static void unavailable(ResultActions answer) throws Exception {
        answer.andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("nothing was recorded")));
    }

    @Test
    void whileTheDatabaseIsDownCommandsAnswer503AndTheSameRequestSucceedsWhenItReturns() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = api.storedEvents();
        DatabaseOutage.begin();
        unavailable(api.post("coordinator", "/api/organisations", BODY));
        unavailable(api.perform("coordinator", MockMvcRequestBuilders.post("/api/organisations")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(BODY)));
        DatabaseOutage.end();

        assertThat(api.storedEvents()).as("nothing written").isEqualTo(before);
        api.perform("coordinator", MockMvcRequestBuilders.post("/api/organisations")
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key).content(BODY))
                .andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(api.storedEvents()).isEqualTo(before + 1);
        // The projections, which failed too, recover by themselves.
        await.projections();
    }

    @Test
    void aCommandWhoseTransactionCannotBeOpenedAnswers503() throws Exception {
        String id = JsonPath.read(api.post("coordinator", "/api/organisations", BODY).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.organisationId");
        long before = api.storedEvents();
        // Signing in reads the user account; the database goes away just after, when the command's unit of work
        // opens its transaction.
        DatabaseOutage.onThisThreadAfter(1);
        unavailable(api.post("coordinator", "/api/organisations/" + id + "/rename", """
                {"name": "Renamed in the outage"}"""));
        DatabaseOutage.end();
        assertThat(api.storedEvents()).as("nothing written").isEqualTo(before);
        api.post("coordinator", "/api/organisations/" + id + "/rename", """
                {"name": "Renamed after the outage"}""").andExpect(status().isNoContent());
        assertThat(api.storedEvents()).isEqualTo(before + 1);
    }
}
