package org.irrigate.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import irrigatetest.probe.ProbeProjection;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A separate process replaying projections is killed with SIGKILL midway; the replay then carries on (in the
 * instance that survives, once the dead one's claims time out) from the tokens the killed process stored, not from
 * zero, and ends with exactly the read models of one clean replay. Runs on H2 (a file database both processes use
 * through H2's automatic server on localhost) and on PostgreSQL.
 */
class ReplayKillTest {
    static final List<String> REPLAYED = List.of("timeline", "organisation-directory", "people-directory");
    /** The read models of {@link #REPLAYED} and the columns that order them. */
    static final Map<String, String> READ_MODELS = Map.of("timeline_entry", "position",
            "timeline_subject", "position, kind, subject_id", "organisation_directory", "id",
            "person_directory", "id", "person_role", "role_id");
    static final String PROBE = "probe";
    static final int EXTRA_EVENTS = 300;

    @Test
    void aReplayKilledMidwayResumesFromItsTokenAndEndsWithTheReadModelsOfACleanReplay() throws Exception {
        IrrigateApplication.disableUpdateChecker();
        Map<String, String> database = database();
        try (ConfigurableApplicationContext survivor = new SpringApplicationBuilder(IrrigateApplication.class,
                ProbeProjection.class).web(WebApplicationType.SERVLET).run(args(database, "survivor", List.of()))) {
            ProjectionControl control = survivor.getBean(ProjectionControl.class);
            JdbcTemplate jdbc = survivor.getBean(JdbcTemplate.class);
            record(survivor.getBean(CommandGateway.class));
            control.awaitCaughtUp(Duration.ofSeconds(60));
            long head = control.head();
            long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
            // Start the replay the other process will be doing (read models dropped, tokens back to the start) and
            // leave it to that process: this one stops the replayed processors, releasing their segments.
            for (String name : REPLAYED) {
                StreamingEventProcessor processor = control.processor(name);
                processor.shutDown();
                processor.resetTokens();
            }
            control.processor(PROBE).shutDown();
            control.processor(PROBE).resetTokens();
            jdbc.update("delete from probe_handled");

            Process killed = start(database);
            long entriesAtKill;
            try {
                entriesAtKill = awaitMidway(jdbc, killed, events);
            } finally {
                killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            // A segment that has not handled an event of its own since the reset may not have stored a position yet
            // (Axon stores such a segment's token only when it extends its claim): one segment having stored some
            // progress, and none having reached the head, is what shows the replay was killed midway.
            List<Long> tokensAtKill = currentIndexes(jdbc, "timeline");
            assertThat(tokensAtKill).as("the killed replay stored its progress: " + tokens(jdbc, "timeline"))
                    .anyMatch(index -> index > 0).allMatch(index -> index < head);
            assertThat(entriesAtKill).as("killed midway").isLessThan(events);

            // The replay carries on here, from the tokens the killed process left (its claims are taken over).
            for (String name : concat(REPLAYED, PROBE)) {
                control.processor(name).start();
            }
            control.awaitCaughtUp(Duration.ofSeconds(120));
            Long first = jdbc.queryForObject("select min(position) from probe_handled where instance = 'survivor'",
                    Long.class);
            assertThat(first).as("the replay carried on from its token, not from zero")
                    .isGreaterThan(jdbc.queryForObject("select min(position) from probe_handled", Long.class));
            assertThat(jdbc.queryForObject("select count(distinct position) from probe_handled", Long.class))
                    .as("every event handled by one process or the other").isEqualTo(events);
            Map<String, List<Map<String, Object>>> resumed = snapshot(jdbc);
            for (String name : REPLAYED) {
                control.rebuild(name, Duration.ofSeconds(120));
            }
            assertThat(resumed).as("identical to one clean replay").isEqualTo(snapshot(jdbc));
        }
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

    private static Process start(Map<String, String> database) throws Exception {
        String instance = "killed";
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
    private static long awaitMidway(JdbcTemplate jdbc, Process process, long events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("replaying process running (target/replay-killed.log)").isTrue();
            Long rebuilt = jdbc.queryForObject("select count(*) from timeline_entry", Long.class);
            if (rebuilt > events / 4) {
                return rebuilt;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the replay never got going");
    }

    /** The position each of the processor's segments had reached (-1: none yet), from the token store. */
    private static List<Long> currentIndexes(JdbcTemplate jdbc, String processor) {
        JsonMapper json = JsonMapper.builder().build();
        return tokens(jdbc, processor).stream().map(token -> {
            JsonNode node = json.readTree(token);
            JsonNode current = node.has("currentToken") ? node.get("currentToken") : node;
            return current.path("index").asLong(-1);
        }).toList();
    }

    private static List<String> tokens(JdbcTemplate jdbc, String processor) {
        return jdbc.queryForList("select token from token_entry where processor_name = ? and token is not null",
                byte[].class, processor).stream().map(String::new).toList();
    }

    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        READ_MODELS.forEach((table, order) -> tables.put(table, Tables.rows(jdbc, table, order)));
        return tables;
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
