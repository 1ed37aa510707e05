package org.irrigate.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import irrigatetest.probe.ProbeProjection;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.irrigate.app.IrrigateApplication;
import org.irrigate.app.demo.DemoUsers;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.ReadModels;
import org.irrigate.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Irrigate instances on one PostgreSQL database: one in this JVM, one a separate process that is killed with
 * SIGKILL mid-stream. Segments are shared, each event is handled once per processor, racing commands on one record
 * are serialised, and after the kill the survivor takes over and ends with the read models a replay gives.
 */
class TwoInstancesTest {
    static final Duration RELEASE = Duration.ofSeconds(25);
    /** The test's own probe counts which instance handled what: it differs by design after a replay. */
    static final String PROBE = "probe";
    static final String PROBE_TABLE = "probe_handled";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<String> args(String url, String instance, int port) {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=" + port,
                "--irrigate.instance-name=" + instance, "--irrigate.processors.segments=4",
                // A claim must outlive the interval at which its owner extends it (5 s): keep Axon's 10 s timeout.
                "--irrigate.processors.claim-interval-ms=500",
                "--logging.level.root=WARN");
    }

    @Test
    void twoInstancesShareTheWorkAndOneSurvivesTheOthersDeath() throws Exception {
        assumeTrue(TestDatabase.postgres(), "a PostgreSQL test: runs in the PostgreSQL execution");
        IrrigateApplication.disableUpdateChecker();
        String url = TestDatabase.freshDatabase().get("spring.datasource.url");
        int portB = freePort();
        try (ConfigurableApplicationContext a = new SpringApplicationBuilder(IrrigateApplication.class,
                ProbeProjection.class).web(WebApplicationType.SERVLET)
                .run(args(url, "A", 0).toArray(String[]::new))) {
            ProjectionControl control = a.getBean(ProjectionControl.class);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            control.awaitCaughtUp(Duration.ofSeconds(60));
            String baseA = "http://localhost:" + a.getEnvironment().getProperty("local.server.port");
            Process b = startSecondInstance(url, portB);
            try {
                String baseB = "http://localhost:" + portB;
                awaitHealthy(baseB, b);
                // The first instance holds every segment; hand half of each processor's to the second.
                for (String name : control.names()) {
                    StreamingEventProcessor processor = control.processor(name);
                    processor.releaseSegment(2, RELEASE.toMillis(), TimeUnit.MILLISECONDS);
                    processor.releaseSegment(3, RELEASE.toMillis(), TimeUnit.MILLISECONDS);
                }
                awaitSegmentsSpreadOverTwoOwners(jdbc, control.names());

                String org = register(baseA, "Contested Hub");
                List<Integer> renames = race(List.of(baseA, baseB), org);
                assertThat(renames).isSubsetOf(204, 409).contains(204);
                long accepted = renames.stream().filter(s -> s == 204).count();
                for (int i = 0; i < 20; i++) {
                    register(i % 2 == 0 ? baseA : baseB, "Shared work " + i);
                }
                awaitProbe(jdbc, "both instances handle events", () -> instancesInProbe(jdbc) == 2);

                // Kill the second instance while the first is still being written to.
                ExecutorService writer = Executors.newSingleThreadExecutor();
                Future<?> stream = writer.submit(() -> {
                    for (int i = 0; i < 30; i++) {
                        register(baseA, "After the crash " + i);
                    }
                    return null;
                });
                Thread.sleep(300);
                b.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                stream.get(120, TimeUnit.SECONDS);
                writer.shutdown();

                // settled: caught up with a head that no longer moves (a policy may still be reacting to the writes)
                long settled;
                do {
                    settled = control.head();
                    control.awaitCaughtUp(Duration.ofSeconds(120));
                } while (control.head() != settled);
                Long stored = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
                assertThat(jdbc.queryForObject("select count(distinct position) from probe_handled", Long.class))
                        .as("no event lost").isEqualTo(stored);
                String duplicates = "select position from probe_handled group by position having count(*) > 1";
                assertThat(jdbc.queryForList(duplicates, Long.class)).as("no event handled twice: %s",
                        jdbc.queryForList("select instance, position from probe_handled where position in ("
                                + duplicates + ")")).isEmpty();
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, org)).as("every accepted rename stored, none lost").isEqualTo(1 + accepted);

                Map<String, List<String>> live = ReadModels.snapshotIgnoringDeliveryOrder(jdbc, PROBE_TABLE);
                long liveEvents = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
                assertThat(ReadModels.rows(live)).isPositive();
                for (String name : control.names().stream().filter(n -> !n.equals(PROBE)).toList()) {
                    control.rebuild(name, Duration.ofSeconds(120));
                }
                control.awaitCaughtUp(Duration.ofSeconds(120));
                assertThat(ReadModels.differences(live, ReadModels.snapshotIgnoringDeliveryOrder(jdbc, PROBE_TABLE)))
                        .as("every read model identical to a single-instance replay (%s events then, now %s: %s)",
                                liveEvents, jdbc.queryForObject("select count(*) from domain_event_entry", Long.class),
                                jdbc.queryForList("select global_index, payload_type, time_stamp from domain_event_entry"
                                        + " order by global_index desc limit 5")).isEmpty();
            } finally {
                b.destroyForcibly();
            }
        }
    }

    private Process startSecondInstance(String url, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Daxoniq.update-checker.disabled=true", "-cp", System.getProperty("java.class.path"),
                IrrigateApplication.class.getName(), "--spring.main.sources=" + ProbeProjection.class.getName()));
        command.addAll(args(url, "B", port));
        File log = new File("target/second-instance.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void awaitHealthy(String base, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("second instance running (see target/second-instance.log)").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("second instance did not start");
    }

    private static void awaitSegmentsSpreadOverTwoOwners(JdbcTemplate jdbc, List<String> processors) throws Exception {
        awaitProbe(jdbc, "every processor's segments owned by two instances", () -> processors.stream().allMatch(p ->
                jdbc.queryForObject("select count(distinct owner) from token_entry where processor_name = ? and owner is not null",
                        Integer.class, p) == 2));
    }

    private List<Integer> race(List<String> instances, String org) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String base = instances.get(i % instances.size());
                String name = "Contested Hub " + i;
                answers.add(pool.submit(() -> post(base + "/api/organisations/" + org + "/rename",
                        "{\"name\": \"" + name + "\"}").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private String register(String base, String name) throws Exception {
        HttpResponse<String> response = post(base + "/api/organisations",
                "{\"name\": \"" + name + "\", \"kind\": \"COMMUNITY_GROUP\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"organisationId\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("coordinator:" + DemoUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long instancesInProbe(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(distinct instance) from probe_handled", Long.class);
    }

    private static void awaitProbe(JdbcTemplate jdbc, String what, java.util.function.BooleanSupplier condition)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
