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

    static final String HASH_CHAIN = "event_hash";

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

    /**
     * As {@link #snapshot}, but the hash chain is compared by which events it chains rather than link by link: it links
     * events in delivery order (an event committed late is chained after those that overtook it), and a rebuild on
     * another database or by another instance reads the stored history in index order instead.
     */
    public static Map<String, List<String>> snapshotIgnoringDeliveryOrder(JdbcTemplate jdbc, String... alsoExcluded) {
        List<String> excluded = new java.util.ArrayList<>(Arrays.asList(alsoExcluded));
        excluded.add(HASH_CHAIN);
        Map<String, List<String>> snapshot = snapshot(jdbc, excluded.toArray(String[]::new));
        snapshot.put(HASH_CHAIN + " (chained events)", jdbc.queryForList(
                "select global_index from " + HASH_CHAIN + " order by global_index", Long.class).stream()
                .map(String::valueOf).toList());
        return snapshot;
    }

    private static String text(Map<String, Object> row) {
        // H2 names columns in upper case, PostgreSQL in lower: sort by the lower-case name, which orders differently.
        Map<String, Object> columns = new TreeMap<>();
        row.forEach((column, value) -> columns.put(column.toLowerCase(), portable(value)));
        StringBuilder text = new StringBuilder();
        columns.forEach((column, value) -> text.append(column).append('=').append(value).append(';'));
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

    /**
     * What differs between two snapshots, table by table: rows only in one or the other (a few of each). Empty when
     * they are equal, so an assertion on it names the tables that differ rather than printing every row.
     */
    public static Map<String, String> differences(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> tables = new java.util.TreeSet<>(expected.keySet());
        tables.addAll(actual.keySet());
        for (String table : tables) {
            List<String> want = expected.getOrDefault(table, List.of());
            List<String> got = actual.getOrDefault(table, List.of());
            if (!want.equals(got)) {
                differences.put(table, "missing " + only(want, got) + ", unexpected " + only(got, want));
            }
        }
        return differences;
    }

    private static List<String> only(List<String> these, List<String> those) {
        List<String> left = new java.util.ArrayList<>(these);
        those.forEach(left::remove);
        return left.stream().limit(3).toList();
    }

    /** How many rows the snapshot holds in all. */
    public static long rows(Map<String, List<String>> snapshot) {
        return snapshot.values().stream().mapToLong(List::size).sum();
    }
}
