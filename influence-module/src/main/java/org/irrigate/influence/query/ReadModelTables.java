package org.irrigate.influence.query;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model kept in one main table (keyed {@code id}) and child tables (keyed by {@code childKey}): what a
 * projection clears on reset, and forgets of one record before writing it afresh, so a redelivered first event
 * starts the record again instead of doubling it.
 */
record ReadModelTables(String mainTable, String childKey, List<String> childTables) {

    void forget(JdbcTemplate jdbc, UUID id) {
        childTables.forEach(table -> jdbc.update("delete from " + table + " where " + childKey + " = ?", id));
        jdbc.update("delete from " + mainTable + " where id = ?", id);
    }

    void clear(JdbcTemplate jdbc) {
        childTables.forEach(table -> jdbc.update("delete from " + table));
        jdbc.update("delete from " + mainTable);
    }
}
