package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.irrigate.app.replay.ReplayJobs;
import org.irrigate.app.replay.ReplayProgress;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every read model, rebuilt from the event store from scratch, comes back row for row as the live one was, and each
 * rebuild reports its progress.
 */
@IntegrationTest
class RebuildEveryProjectionTest extends JourneyIntegration {
    /** The event store, Axon's own bookkeeping, configuration and keys: not read models. */
    static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history", "user_account",
            "idempotency_record", "person_key", "person_erased", FactRows.REPLAY);

    @Autowired
    ReplayJobs jobs;

    @Test
    void rebuildingEveryProjectionGivesTheLiveReadModelsBack() throws Exception {
        await.projections();
        await.projections();
        Map<String, List<String>> live = readModels();
        assertThat(live).containsKeys(FactRows.LIVE, "timeline_entry", "organisation_directory");
        assertThat(live.get(FactRows.LIVE)).isNotEmpty();
        List<String> names = JsonPath.read(json("admin", "/api/replay/projections"), "$[*].name");
        assertThat(names).contains(JourneyLedger.PROCESSING_GROUP, "timeline");

        for (String name : names) {
            String started = api.post("coordinator", "/api/replay/projections/" + name + "/rebuild", "{}")
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(started, "$.jobId");
            ReplayProgress done = jobs.await(id, Duration.ofSeconds(120));
            assertThat(done.state()).as(name).isEqualTo(ReplayProgress.State.DONE);
            assertThat(done.eventsTotal()).as(name).isPositive().isEqualTo(done.eventsDone());
            assertThat(done.eventsPerSecond()).as(name).isPositive();
            assertThat(done.secondsLeft()).isZero();
            assertThat(done.line()).startsWith("[##############################] 100% ");
            assertThat((String) read("admin", "/api/replay/jobs/" + id, "$.state")).isEqualTo("DONE");
        }
        await.projections();
        assertThat(readModels()).isEqualTo(live);
        api.post("researcher", "/api/replay/projections/timeline/rebuild", "{}").andExpect(status().isForbidden());
        api.post("admin", "/api/replay/projections/no-such-projection/rebuild", "{}").andExpect(status().isNotFound());
    }

    /** Every table's rows as text, sorted: independent of insertion order and of primary keys. */
    private Map<String, List<String>> readModels() {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'", String.class);
        for (String table : names.stream().map(String::toLowerCase).filter(t -> !NOT_READ_MODELS.contains(t)).toList()) {
            tables.put(table, jdbc.queryForList("select * from " + table).stream()
                    .map(RebuildEveryProjectionTest::text).sorted().toList());
        }
        return tables;
    }

    private static String text(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(row).forEach((column, value) -> text.append(column.toLowerCase()).append('=')
                .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value).append(';'));
        return text.toString();
    }
}
