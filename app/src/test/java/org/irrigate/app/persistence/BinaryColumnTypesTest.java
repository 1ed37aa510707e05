package org.irrigate.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Binary columns hold their bytes in the row, read from the catalogue: bytea on PostgreSQL, never oid large objects;
 * binary varying on H2, never BLOBs (large objects in H2's separate LOB maps). No column is a large object of any
 * kind, CLOBs included (H2 2.4 makes {@code text}, the journey ledger's payload, a character varying).
 */
@IntegrationTest
class BinaryColumnTypesTest {
    static final List<String> BINARY_COLUMNS = List.of("dead_letter_entry.diagnostics", "dead_letter_entry.meta_data",
            "dead_letter_entry.payload", "dead_letter_entry.token", "domain_event_entry.meta_data",
            "domain_event_entry.payload", "idempotency_record.body", "person_key.secret", "saga_entry.serialized_saga",
            "snapshot_event_entry.meta_data", "snapshot_event_entry.payload", "token_entry.token");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyBinaryColumnKeepsItsBytesInTheRow() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select lower(table_name) || '.' || lower(column_name) as name, lower(data_type) as type
                from information_schema.columns
                where table_schema = current_schema()
                  and lower(table_name) || '.' || lower(column_name) in (%s)
                order by 1""".formatted(String.join(", ", BINARY_COLUMNS.stream().map(c -> "'" + c + "'").toList())));
        assertThat(columns).extracting(c -> c.get("name")).containsExactlyElementsOf(BINARY_COLUMNS);
        String inline = TestDatabase.postgres() ? "bytea" : "binary varying";
        assertThat(columns).allSatisfy(c -> assertThat(c.get("type")).as(c.toString()).isEqualTo(inline));
        Integer largeObjectColumns = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_schema = current_schema()
                  and lower(data_type) in ('oid', 'binary large object', 'blob', 'character large object', 'clob')""",
                Integer.class);
        assertThat(largeObjectColumns).isZero();
        if (TestDatabase.postgres()) {
            Long largeObjects = jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);
            assertThat(largeObjects).isZero();
        }
    }

    @Test
    void theGlobalIndexSequenceAllocatesOneAtATime() {
        assumeTrue(TestDatabase.postgres(), "reads PostgreSQL's catalogue");
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class);
        assertThat(increment).isEqualTo(1L);
    }
}
