package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Await;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drops a projection's read model, replays every stored event into it, and checks it comes back row for row. */
@Component
class Replay {
    private final JdbcTemplate jdbc;
    private final ProjectionControl projections;
    private final Await await;

    Replay(JdbcTemplate jdbc, ProjectionControl projections, Await await) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.await = await;
    }

    /** Each table with the columns that make up its primary key, to order the rows by. */
    void assertRebuildsIdentically(String processingGroup, Map<String, String> tablesWithKeys) throws Exception {
        await.projections();
        Map<String, List<Map<String, Object>>> before = snapshot(tablesWithKeys);
        assertThat(before.values().stream().mapToInt(List::size).sum()).as("rows before the rebuild").isPositive();
        projections.rebuild(processingGroup, Duration.ofSeconds(60));
        assertThat(snapshot(tablesWithKeys)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(Map<String, String> tablesWithKeys) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tablesWithKeys.forEach((table, key) -> rows.put(table, jdbc.queryForList("select * from " + table + " order by " + key)));
        return rows;
    }
}
