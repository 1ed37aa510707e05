package org.irrigate.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An H2 database made before V92, with its binary columns as BLOBs, is upgraded in place by the migrations: the same
 * bytes afterwards, held in binary varying columns that keep their NOT NULL.
 */
class BinaryColumnsUpgradeTest {
    @Test
    void blobColumnsBecomeBinaryVaryingKeepingTheirBytes() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrate(h2, "blob", "91");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        assertThat(type(jdbc, "domain_event_entry", "payload")).isEqualTo("binary large object");
        byte[] payload = bytes(5_000, 1);
        byte[] metadata = bytes(700, 2);
        byte[] token = bytes(40, 3);
        byte[] key = bytes(32, 4);
        UUID person = UUID.randomUUID();
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, payload_type, payload, meta_data, time_stamp)
                values (1, 'e1', 'a1', 0, 'Conversation', 'org.irrigate.Logged', ?, ?, '2026-12-03T12:00:00Z')""",
                payload, metadata);
        jdbc.update("insert into token_entry (processor_name, segment, token, timestamp) values ('timeline', 0, ?, 'x')",
                token);
        jdbc.update("insert into person_key (person_id, secret) values (?, ?)", person, key);

        migrate(h2, InlineBinaryH2Dialect.BINARY, null);

        for (String column : BinaryColumnTypesTest.BINARY_COLUMNS) {
            String[] tableAndColumn = column.split("\\.");
            assertThat(type(jdbc, tableAndColumn[0], tableAndColumn[1])).as(column).isEqualTo("binary varying");
        }
        assertThat(jdbc.queryForObject("""
                select is_nullable from information_schema.columns
                where lower(table_name) = 'domain_event_entry' and lower(column_name) = 'payload'""", String.class))
                .isEqualTo("NO");
        assertThat(jdbc.queryForObject("select payload from domain_event_entry", byte[].class)).isEqualTo(payload);
        assertThat(jdbc.queryForObject("select meta_data from domain_event_entry", byte[].class)).isEqualTo(metadata);
        assertThat(jdbc.queryForObject("select token from token_entry", byte[].class)).isEqualTo(token);
        assertThat(jdbc.queryForObject("select secret from person_key", byte[].class)).isEqualTo(key);
    }

    /** The application's migrations with its placeholder, up to {@code target} (all of them when null). */
    private static void migrate(DataSource dataSource, String binary, String target) {
        var flyway = Flyway.configure().dataSource(dataSource).placeholders(Map.of("binary", binary));
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private static String type(JdbcTemplate jdbc, String table, String column) {
        return jdbc.queryForObject("""
                select lower(data_type) from information_schema.columns
                where lower(table_name) = ? and lower(column_name) = ?""", String.class, table, column);
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
