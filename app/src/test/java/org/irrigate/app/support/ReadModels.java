package org.irrigate.app.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read model's rows, found from the schema rather than listed by hand, so a projection added later is compared
 * too. Rows are rendered as text in a form that is the same on H2 and PostgreSQL and sorted, so a snapshot does not
 * depend on insertion order, primary keys or the database: equal snapshots mean identical read models.
 */
public final class ReadModels {
    /** The event store, Axon's own bookkeeping, configuration, keys and disposable replays: not read models. */
    public static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry", "flyway_schema_history",
            "user_account", "idempotency_record", "person_key", "person_erased", "journey_replay_fact");

    private ReadModels() {
    }

    /** The read-model tables of the schema, lower case, sorted; {@code alsoExcluded} leaves out test-only tables. */
    public static List<String> tables(JdbcTemplate jdbc, String... alsoExcluded) {
        Set<String> excluded = Set.copyOf(Arrays.asList(alsoExcluded));
        return jdbc.queryForList("select table_name from information_schema.tables"
                        + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'", String.class).stream()
                .map(String::toLowerCase).filter(t -> !NOT_READ_MODELS.contains(t) && !excluded.contains(t))
                .sorted().toList();
    }

    /** Every read-model table's rows as text, sorted. */
    public static Map<String, List<String>> snapshot(JdbcTemplate jdbc, String... alsoExcluded) {
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String table : tables(jdbc, alsoExcluded)) {
            snapshot.put(table, jdbc.queryForList("select * from " + table).stream().map(ReadModels::text)
                    .sorted().toList());
        }
        return snapshot;
    }

    private static String text(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(row).forEach((column, value) -> text.append(column.toLowerCase()).append('=')
                .append(portable(value)).append(';'));
        return text.toString();
    }

    /** The same value reads back as different Java types from H2 and PostgreSQL (timestamps, binaries). */
    private static Object portable(Object value) {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> Arrays.toString(bytes);
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.time.LocalDateTime l -> java.sql.Timestamp.valueOf(l).toInstant();
            default -> value;
        };
    }

    /** How many rows the snapshot holds in all. */
    public static long rows(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToLong(List::size).sum();
    }
}
