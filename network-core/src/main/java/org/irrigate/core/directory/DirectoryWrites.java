package org.irrigate.core.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directories' writes, in plain SQL like every other projection's. A statement that fails is then rolled back to
 * its handler's savepoint and the event parked in the dead-letter queue (decision 0015), where a failed JPA flush
 * would mark the whole batch's transaction rollback-only and stall the projection. Queries still read through JPA.
 */
@Component
class DirectoryWrites {
    private final JdbcTemplate jdbc;

    DirectoryWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the row under its key; delivery is at least once, so a row already there is replaced. */
    void put(String table, String key, Map<String, Object> row) {
        List<String> columns = row.keySet().stream().filter(c -> !c.equals(key)).toList();
        List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
        values.add(row.get(key));
        String sets = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        if (jdbc.update("update " + table + " set " + sets + " where " + key + " = ?", values.toArray()) == 0) {
            jdbc.update("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
        }
    }

    /** Changes a row if it is there ({@code set} is SQL with placeholders for {@code values}). */
    void change(String table, String key, Object id, String set, Object... values) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.add(id);
        jdbc.update("update " + table + " set " + set + " where " + key + " = ?", arguments.toArray());
    }

    /** A row from column names and values in turn; values may be null. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    void clear(String table) {
        jdbc.update("delete from " + table);
    }
}
