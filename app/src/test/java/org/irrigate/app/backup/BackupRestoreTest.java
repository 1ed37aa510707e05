package org.irrigate.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.IrrigateApplication;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.TestDatabase;
import org.irrigate.app.support.ReadModels;
import org.irrigate.core.api.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** H2 → PostgreSQL → H2: the same events, byte for byte, and the same read models rebuilt from them. */
class BackupRestoreTest {
    @TempDir
    Path files;

    @BeforeAll
    static void quiet() {
        // Covers both databases itself: run once, in the default execution.
        assumeFalse(TestDatabase.postgres(), "runs in the default execution");
        IrrigateApplication.disableUpdateChecker();
    }

    ConfigurableApplicationContext start(String url, String user, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=", "--server.port=0",
                "--irrigate.processors.segments=2"));
        if (url.startsWith("jdbc:postgresql")) {
            args.add("--spring.profiles.active=postgres");
        }
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(IrrigateApplication.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    static String h2() {
        return "jdbc:h2:mem:backup_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }


    Path export(ConfigurableApplicationContext context, String name) throws Exception {
        Path file = files.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            context.getBean(EventStoreBackup.class).export(out);
        }
        return file;
    }

    /** Every read model's tables, found from the schema, as rows comparable between H2 and PostgreSQL. */
    static Map<String, List<String>> readModels(ConfigurableApplicationContext context) throws Exception {
        context.getBean(ProjectionControl.class).awaitCaughtUp(Duration.ofSeconds(60));
        return ReadModels.snapshotIgnoringDeliveryOrder(context.getBean(JdbcTemplate.class));
    }

    @Test
    void aBackupMovesBetweenDatabasesAndRebuildsEveryReadModelExactly() throws Exception {
        Path first;
        EventStoreBackup.Summary original;
        Map<String, List<String>> models;
        try (ConfigurableApplicationContext h2 = start(h2(), "sa", "--irrigate.demo.enabled=true")) {
            first = export(h2, "from-h2.jsonl");
            try (BufferedWriter sink = Files.newBufferedWriter(files.resolve("again.jsonl"))) {
                original = h2.getBean(EventStoreBackup.class).export(sink);
            }
            models = readModels(h2);
        }
        assertThat(original.events()).isGreaterThan(60);
        assertThat(models).as("every projection's tables").containsKeys("timeline_entry", "organisation_directory",
                "influence_conversation", "funding_bid", "evidence_case_study", "journey_fact", "event_hash (chained events)");
        assertThat(ReadModels.rows(models)).isGreaterThan(200);
        assertThat(original.keys()).isGreaterThan(5);

        Path second;
        String pg = TestDatabase.freshDatabase().get("spring.datasource.url");
        assertThat(pg).as("embedded PostgreSQL").startsWith(TestDatabase.postgres() ? "jdbc:postgresql" : "jdbc:h2");
        String target = pg.startsWith("jdbc:postgresql") ? pg : postgresUrl();
        try (ConfigurableApplicationContext postgres = start(target, "postgres", "--irrigate.demo.enabled=true",
                "--irrigate.restore-from=" + first)) {
            assertThat(ReadModels.differences(models, readModels(postgres))).isEmpty();
            second = export(postgres, "from-postgres.jsonl");
        }
        try (ConfigurableApplicationContext back = start(h2(), "sa", "--irrigate.restore-from=" + second)) {
            assertThat(ReadModels.differences(models, readModels(back))).isEmpty();
            try (BufferedWriter sink = Files.newBufferedWriter(files.resolve("third.jsonl"))) {
                assertThat(back.getBean(EventStoreBackup.class).export(sink).contentHash())
                        .isEqualTo(original.contentHash());
            }
        }
    }

    /** A PostgreSQL database on the embedded server, whichever database this suite runs on. */
    static String postgresUrl() {
        String name = "restore_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = TestDatabase.server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return TestDatabase.server().getJdbcUrl("postgres", name);
    }

    @Test
    void damagedOrForeignFilesAreRefusedAndWriteNothing() throws Exception {
        try (ConfigurableApplicationContext h2 = start(h2(), "sa", "--irrigate.demo.enabled=false")) {
            EventStoreBackup backup = h2.getBean(EventStoreBackup.class);
            assertThatThrownBy(() -> backup.restore(new BufferedReader(new StringReader("{}"))))
                    .isInstanceOf(org.irrigate.core.api.ConflictException.class);
        }
        String valid;
        try (ConfigurableApplicationContext source = start(h2(), "sa", "--irrigate.demo.enabled=false")) {
            valid = Files.readString(export(source, "small.jsonl"));
        }
        String damaged = valid.replaceFirst("\"aggregateIdentifier\":\"E10000013\"", "\"aggregateIdentifier\":\"E10000014\"");
        assertThat(damaged).isNotEqualTo(valid);
        Path damagedFile = files.resolve("damaged.jsonl");
        Files.writeString(damagedFile, damaged);
        Throwable thrown = catchThrowable(() -> start(h2(), "sa", "--irrigate.restore-from=" + damagedFile));
        assertThat(java.util.stream.Stream.iterate(thrown, t -> t != null, Throwable::getCause))
                .anySatisfy(t -> assertThat(t).isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("is damaged: its content does not match its trailer"));
    }

}
