package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultMatcher;

/** What the influence API tests share: create through HTTP, read JSON back, wait for policies, replay read models. */
abstract class InfluenceIntegration {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    /** POSTs and returns the new record's id, named {@code idField} in the 201 body. */
    String create(String user, String path, String json, String idField) throws Exception {
        String body = api.post(user, path, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$." + idField);
    }

    String json(String user, String path) throws Exception {
        return api.get(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    <T> T read(String user, String path, String jsonPath) throws Exception {
        return JsonPath.read(json(user, path), jsonPath);
    }

    /** Timeline entries, newest first, as a user sees them. */
    List<Map<String, Object>> timeline(String user, String query) throws Exception {
        return JsonPath.read(json(user, "/api/timeline?size=500&newestFirst=true&" + query), "$.items");
    }

    /** A refused request: the expected answer, and nothing written to the event store. */
    void refused(String user, String path, String json, ResultMatcher expected) throws Exception {
        long before = api.storedEvents();
        api.post(user, path, json).andExpect(expected);
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    /**
     * Waits for every projection and then once more: a policy reacting to an event may send a command whose events
     * are stored after the first wait began.
     */
    void settle() {
        await.projections();
        await.projections();
    }

    /**
     * Drops a projection's read model, replays every stored event into it, and checks it comes back row for row.
     * Each table is given with the columns of its primary key, to order the rows by.
     */
    void assertRebuildsIdentically(String processingGroup, Map<String, String> tablesWithKeys) throws Exception {
        settle();
        Map<String, List<Map<String, Object>>> before = snapshot(tablesWithKeys);
        assertThat(before.values().stream().mapToInt(List::size).sum()).as("rows before the rebuild").isPositive();
        projections.rebuild(processingGroup, Duration.ofSeconds(60));
        assertThat(snapshot(tablesWithKeys)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(Map<String, String> tablesWithKeys) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tablesWithKeys.forEach((table, key) -> rows.put(table, Tables.rows(jdbc, table, key)));
        return rows;
    }
}
