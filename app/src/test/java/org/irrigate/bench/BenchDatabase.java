package org.irrigate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.irrigate.app.support.TestDatabase;

/**
 * The database a benchmark runs on, always fresh: H2 in a file (as Irrigate runs by default, not in memory, so a
 * million events do not live in the heap being measured) or a PostgreSQL database on the embedded server (or on a
 * server named by {@code -Dbench.postgres.url}, with {@code bench.postgres.user} and {@code bench.postgres.password}).
 */
record BenchDatabase(String kind, String url, String username, String password) {

    static BenchDatabase fresh(String kind, Path workDirectory) {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("h2".equals(kind)) {
            return new BenchDatabase(kind, "jdbc:h2:file:" + workDirectory.resolve(name).toAbsolutePath()
                    + "/irrigate;AUTO_SERVER=FALSE", "sa", "");
        }
        if (!"postgres".equals(kind)) {
            throw new IllegalArgumentException("database must be h2 or postgres, not " + kind);
        }
        String server = System.getProperty("bench.postgres.url");
        if (server != null && !server.isBlank()) {
            String user = System.getProperty("bench.postgres.user", "postgres");
            String password = System.getProperty("bench.postgres.password", "");
            create(server, user, password, name);
            return new BenchDatabase(kind, server.substring(0, server.lastIndexOf('/') + 1) + name, user, password);
        }
        var embedded = TestDatabase.server();
        create(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", name);
        return new BenchDatabase(kind, embedded.getJdbcUrl("postgres", name), "postgres", "");
    }

    private static void create(String url, String user, String password, String name) {
        try (var connection = java.sql.DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the benchmark database on " + url, e);
        }
    }

    /** The application's arguments for this database: demo off, an admin password chosen, any free port. */
    List<String> arguments(Path dataDirectory) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
                "--irrigate.demo.enabled=false", "--irrigate.admin.password=bench-admin-password",
                "--irrigate.data-dir=" + dataDirectory.toAbsolutePath(), "--server.port=0",
                "--logging.level.root=WARN", "--logging.level.org.irrigate=WARN"));
        if ("postgres".equals(kind)) {
            args.add("--spring.profiles.active=postgres");
        }
        return args;
    }

    /** The binary column type Irrigate's migrations use on this database, for baseline tables of identical shape. */
    String binaryType() {
        return "postgres".equals(kind) ? "bytea" : "binary varying";
    }
}
