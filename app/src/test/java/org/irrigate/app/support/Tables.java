package org.irrigate.app.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Read-model snapshots, to prove a replay rebuilds exactly what was there. */
public final class Tables {
    private Tables() {
    }

    public static List<Map<String, Object>> rows(JdbcTemplate jdbc, String table, String orderBy) {
        return jdbc.queryForList("select * from " + table + " order by " + orderBy);
    }
}
