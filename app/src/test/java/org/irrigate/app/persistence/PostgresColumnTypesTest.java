package org.irrigate.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, Axon's binary columns must be bytea, never oid large objects (read from the catalogue). Irrigate's own
 * read models may keep JSON as text (the journey ledger does); no column anywhere may be an oid.
 */
@IntegrationTest
class PostgresColumnTypesTest {
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onlyOnPostgres() {
        assumeTrue(TestDatabase.postgres(), "runs in the PostgreSQL execution");
    }

    @Test
    void eventPayloadAndMetadataAreBytea() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema()
                  and table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry', 'saga_entry',
                                     'dead_letter_entry')
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                order by table_name, column_name""");
        assertThat(columns).extracting(c -> c.get("table_name") + "." + c.get("column_name"))
                .contains("domain_event_entry.payload", "domain_event_entry.meta_data", "snapshot_event_entry.payload",
                        "token_entry.token", "saga_entry.serialized_saga", "dead_letter_entry.payload");
        assertThat(columns).allSatisfy(c -> assertThat(c.get("data_type")).as(c.toString()).isEqualTo("bytea"));
        Integer oids = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and data_type = 'oid'""", Integer.class);
        assertThat(oids).isZero();
        Long largeObjects = jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class);
        assertThat(largeObjects).isZero();
    }

    @Test
    void theGlobalIndexSequenceAllocatesOneAtATime() {
        Long increment = jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class);
        assertThat(increment).isEqualTo(1L);
    }
}
