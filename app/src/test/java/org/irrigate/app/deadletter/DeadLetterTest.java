package org.irrigate.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import irrigatetest.faulty.ClashingProjection;
import irrigatetest.faulty.FaultyProjection;
import java.util.List;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A projection that throws parks the event in the dead-letter queue and carries on; an admin retries it. */
@IntegrationTest
@Import({FaultyProjection.class, ClashingProjection.class})
class DeadLetterTest {
    @Autowired
    Api api;
    @Autowired
    Await await;
    /** The letters of one projection: the other test's projection may have some of its own. */
    private static final String FAULTY = "$[?(@.projection == 'faulty')]";

    @Autowired
    JdbcTemplate jdbc;

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
                .andExpect(jsonPath(FAULTY, hasSize(1)))
                .andExpect(jsonPath(FAULTY + ".eventType", contains("OrganisationRegistered")))
                .andExpect(jsonPath(FAULTY + ".cause",
                        contains("java.lang.IllegalStateException: cannot handle Faulty Group")));
        api.get("coordinator", "/api/admin/dead-letters").andExpect(status().isForbidden());

        FaultyProjection.broken = false;
        api.post("admin", "/api/admin/dead-letters/faulty/retry", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.sequencesRetried", is(1)))
                .andExpect(jsonPath("$.stillParked", is(0)));
        assertThat(FaultyProjection.seen).contains("Faulty Group");
        api.get("admin", "/api/admin/dead-letters").andExpect(jsonPath(FAULTY, hasSize(0)));
    }

    /**
     * The handler fails on an SQL error after it has written a row and an account. On PostgreSQL the failed statement
     * aborts the batch's transaction, so the event could only be parked if the handler ran in a savepoint; on both
     * databases nothing the failed handler wrote may survive, so a retry writes it once.
     */
    @Test
    void anEventWhoseHandlerFailsOnAnSqlErrorIsParkedWithoutItsPartialWrites() throws Exception {
        ClashingProjection.clashing = true;
        String clashing = register("Clashing Group");
        String after = register("After Clash Group");
        await.projections();

        assertThat(rowsOf(after)).as("processing went on after the parked event").containsExactly("After Clash Group");
        assertThat(accounts(after)).isEqualTo(1);
        assertThat(rowsOf(clashing)).as("the failed handler's row was rolled back").isEmpty();
        assertThat(accounts(clashing)).as("the failed handler's account was not written at flush").isZero();
        List<String> causes = JsonPath.read(api.get("admin", "/api/admin/dead-letters").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$[?(@.projection == 'clashing')].cause");
        assertThat(causes).singleElement().asString().startsWith("org.springframework.dao.DuplicateKeyException");

        ClashingProjection.clashing = false;
        api.post("admin", "/api/admin/dead-letters/clashing/retry", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.sequencesRetried", is(1)))
                .andExpect(jsonPath("$.stillParked", is(0)));
        assertThat(rowsOf(clashing)).containsExactly("Clashing Group");
        assertThat(accounts(clashing)).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(api.get("admin", "/api/admin/dead-letters")
                .andReturn().getResponse().getContentAsString(), "$[?(@.projection == 'clashing')]")).isEmpty();
    }

    private String register(String name) throws Exception {
        return JsonPath.read(api.post("coordinator", "/api/organisations", """
                {"name": "%s", "kind": "COMMUNITY_GROUP"}""".formatted(name)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.organisationId");
    }

    private List<String> rowsOf(String organisation) {
        return jdbc.queryForList("select name from clashing_row where id = ?", String.class, organisation);
    }

    private long accounts(String organisation) {
        return jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
                "clashing-" + organisation);
    }
}
