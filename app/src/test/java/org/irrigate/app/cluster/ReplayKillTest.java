package org.irrigate.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import irrigatetest.probe.ProbeProjection;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.irrigate.app.IrrigateApplication;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Tables;
import org.irrigate.app.support.TestDatabase;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process replaying projections is killed with SIGKILL midway; restarted, it carries on from the tokens it had
 * stored (it does not start from zero) and ends with exactly the read models of one clean replay. Runs on H2 (a file
 * database the processes share through H2's automatic server on localhost) and on PostgreSQL.
 */
class ReplayKillTest {
    static final List<String> REPLAYED = TwoInstancesTest.PROCESSORS_TO_COMPARE;
    static final int EXTRA_EVENTS = 400;

    @Test
    void aReplayKilledMidwayResumesFromItsTokenAndEndsWithTheReadModelsOfACleanReplay() throws Exception {
        IrrigateApplication.disableUpdateChecker();
        Map<String, String> database = database();
        Map<String, List<Map<String, Object>>> clean;
        long head;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IrrigateApplication.class)
                .web(WebApplicationType.SERVLET).run(args(database, "preparation", List.of()))) {
            ProjectionControl control = app.getBean(ProjectionControl.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            record(app.getBean(CommandGateway.class));
            for (String name : REPLAYED) {
                control.rebuild(name, Duration.ofSeconds(60));
            }
            clean = snapshot(jdbc);
            head = control.head();
            // Start the replay the killed process will be doing: read models dropped, tokens back to the start.
            for (String name : REPLAYED) {
                StreamingEventProcessor processor = control.processor(name);
                processor.shutDown();
                processor.resetTokens();
            }
        }
        int entries = clean.get("timeline_entry").size();
        assertThat(entries).isGreaterThan(EXTRA_EVENTS);

        // One event per transaction, so the replay is slow enough to be caught midway.
        Process killed = start(database, "killed");
        long entriesAtKill;
        try {
            entriesAtKill = awaitMidway(database, killed, entries);
        } finally {
            killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long tokenAtKill = query(database, jdbc -> currentIndex(jdbc, "timeline"));
        assertThat(tokenAtKill).as("the killed replay stored its progress").isPositive().isLessThan(head);
        assertThat(entriesAtKill).as("killed midway").isLessThan(entries);

        Process resumed = start(database, "resumed");
        try {
            awaitIdentical(database, resumed, clean);
        } finally {
            resumed.destroy();
            resumed.waitFor(30, TimeUnit.SECONDS);
        }
        query(database, jdbc -> {
            Long first = jdbc.queryForObject("select min(position) from probe_handled where instance = 'resumed'",
                    Long.class);
            assertThat(first).as("the restarted process carried on from its token, not from zero")
                    .isGreaterThan(jdbc.queryForObject("select min(position) from probe_handled", Long.class));
            assertThat(jdbc.queryForObject("select count(distinct position) from probe_handled", Long.class))
                    .as("every event handled by one run or the other").isEqualTo(
                            jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
            return null;
        });
    }

    /** Hundreds of small records, so the replay takes a while. */
    private static void record(CommandGateway commands) {
        new Recorder("coordinator", Cast.GGT, null).run(() -> {
            for (int i = 0; i < EXTRA_EVENTS; i++) {
                commands.sendAndWait(new RegisterOrganisation(OrganisationId.random(), "Replay group " + i,
                        OrganisationKind.COMMUNITY_GROUP, null, null, LocalDate.of(2024, 1, 1)));
            }
        });
    }

    private static Map<String, String> database() {
        if (TestDatabase.postgres()) {
            return TestDatabase.freshDatabase();
        }
        Path file = Path.of("target", "replay-kill", UUID.randomUUID().toString(), "irrigate").toAbsolutePath();
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    private static String[] args(Map<String, String> database, String instance, List<String> more) {
        List<String> args = new ArrayList<>();
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        if (TestDatabase.postgres()) {
            args.add("--spring.profiles.active=postgres");
        }
        args.addAll(List.of("--irrigate.instance-name=" + instance, "--irrigate.demo.enabled=true", "--server.port=0",
                "--logging.level.root=WARN"));
        args.addAll(more);
        return args.toArray(String[]::new);
    }

    private static Process start(Map<String, String> database, String instance) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
                IrrigateApplication.class.getName(), "--spring.main.sources=" + ProbeProjection.class.getName()));
        command.addAll(List.of(args(database, instance, List.of("--irrigate.processors.batch-size=1",
                "--irrigate.processors.segments=1"))));
        File log = new File("target/replay-" + instance + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Waits until the timeline is part rebuilt; answers how many entries it had then. */
    private static long awaitMidway(Map<String, String> database, Process process, int entries) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("replaying process running (target/replay-killed.log)").isTrue();
            long rebuilt = query(database, jdbc -> jdbc.queryForObject("select count(*) from timeline_entry",
                    Long.class));
            if (rebuilt > entries / 4) {
                return rebuilt;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the replay never got going");
    }

    private static void awaitIdentical(Map<String, String> database, Process process,
                                       Map<String, List<Map<String, Object>>> clean) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Map<String, List<Map<String, Object>>> now = Map.of();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("restarted process running (target/replay-resumed.log)").isTrue();
            now = query(database, ReplayKillTest::snapshot);
            if (now.equals(clean)) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(now).as("read models after the resumed replay").isEqualTo(clean);
    }

    /** The lowest position the processor's segments had reached, from the token store as the processes left it. */
    private static long currentIndex(JdbcTemplate jdbc, String processor) {
        JsonMapper json = JsonMapper.builder().build();
        return jdbc.queryForList("select token from token_entry where processor_name = ? and token is not null",
                byte[].class, processor).stream().mapToLong(token -> {
                    JsonNode node = json.readTree(token);
                    JsonNode current = node.has("currentToken") ? node.get("currentToken") : node;
                    return current.path("index").asLong(-1);
                }).min().orElse(-1);
    }

    private static <T> T query(Map<String, String> database, Function<JdbcTemplate, T> work) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.get("spring.datasource.url"),
                database.getOrDefault("spring.datasource.username", "sa"),
                database.getOrDefault("spring.datasource.password", ""))) {
            return work.apply(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
        }
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TwoInstancesTest.READ_MODELS.forEach((table, order) -> tables.put(table, Tables.rows(jdbc, table, order)));
        return tables;
    }
}
