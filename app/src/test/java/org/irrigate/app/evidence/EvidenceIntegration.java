package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every evidence API test does: call as demo users, check refusals wrote nothing, and replay projections. */
@IntegrationTest
abstract class EvidenceIntegration {
    static final String UNKNOWN = "0b6e2d4c-1111-4222-8333-944455556666";

    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    /** A 400 problem naming the field, and nothing stored. */
    void assertBadInput(String user, String path, String json, String field) throws Exception {
        long before = api.storedEvents();
        api.post(user, path, json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is(field)));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    /**
     * Rebuilds a projection from the event store and checks its tables come back row for row.
     *
     * @param tables each table with the columns of its primary key, for a stable order
     */
    void assertRebuildKeepsRows(String processingGroup, Map<String, String> tables) throws Exception {
        await.projections();
        Map<String, List<Map<String, Object>>> before = snapshot(tables);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        projections.rebuild(processingGroup, Duration.ofSeconds(60));
        assertThat(snapshot(tables)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(Map<String, String> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tables.forEach((table, order) -> rows.put(table, Tables.rows(jdbc, table, order)));
        return rows;
    }
}
