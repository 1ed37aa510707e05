package org.irrigate.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.Tables;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rebuilds a projection from the event store and checks that its tables come back row for row. */
class Replay {
    private final JdbcTemplate jdbc;
    private final ProjectionControl projections;
    private final Await await;

    Replay(JdbcTemplate jdbc, ProjectionControl projections, Await await) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.await = await;
    }

    /** @param tables each table with the columns of its primary key, for a stable order */
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
