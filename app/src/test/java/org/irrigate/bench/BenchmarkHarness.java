package org.irrigate.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.IrrigateApplication;
import org.irrigate.app.audit.Recorder;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.security.Member;
import org.irrigate.app.security.Role;
import org.irrigate.core.api.OrganisationId;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Runs the benchmark on one fresh database: the real application (demo off), the real command gateway, projections
 * and HTTP paths, and beside each figure a raw JDBC baseline measured on the same database in the same run.
 * Returns the result as a tree of maps and lists, ready for JSON.
 */
final class BenchmarkHarness {
    static final int WRITERS = 8;
    private static final Duration PATIENCE = Duration.ofHours(3);
    private static final long SEED = 20_26L;
    private static final String JOURNEYS = "journeys";
    static final String NO_JOURNEYS = "not yet measurable: no journey projection in this build";

    /**
     * @param organisations the size of the synthetic network (10 to 1,000)
     * @param commands      commands sent through the gateway, sequentially and again from {@link #WRITERS} writers
     * @param importRows    conversations in the CSV file sent to the bulk-import endpoint
     * @param history       stored-event counts at which queries are measured; replay, memory and start-up at the last
     * @param samples       how often each query is asked
     */
    record Settings(String database, int organisations, int commands, int importRows, List<Long> history,
                    int samples, Path workDirectory) {
    }

    private final Settings settings;
    private final Map<String, Object> result = new LinkedHashMap<>();
    private ConfigurableApplicationContext app;
    private BenchDatabase database;

    BenchmarkHarness(Settings settings) {
        this.settings = settings;
    }

    Map<String, Object> run() throws Exception {
        IrrigateApplication.disableUpdateChecker();
        database = BenchDatabase.fresh(settings.database(), settings.workDirectory());
        result.put("database", settings.database());
        app = start();
        // The processors' settings as the application took them (defaults, or -Dirrigate.processors.* overrides).
        var environment = app.getEnvironment();
        result.put("settings", Map.of("organisations", settings.organisations(), "commands", settings.commands(),
                "importRows", settings.importRows(), "history", settings.history(), "samples", settings.samples(),
                "writers", WRITERS,
                "segments", environment.getProperty("irrigate.processors.segments", Integer.class, 4),
                "batchSize", environment.getProperty("irrigate.processors.batch-size", Integer.class, 100)));
        try {
            List<Workload.Organisation> network = Workload.network(settings.organisations(), SEED);
            OrganisationId coordinator = network.getFirst().id();
            send(Workload.setUp(network, coordinator));
            long setUpHead = control().head();
            result.put("database", settings.database() + " " + product());
            append(network, setUpHead);
            List<StoredEvent> template = StoredEvent.after(bean(DataSource.class), setUpHead);
            Set<String> shared = new HashSet<>();
            network.forEach(o -> shared.add(o.id().toString()));
            history(new History(bean(EventStore.class), bean(Configuration.class).eventSerializer(), template, shared),
                    network);
        } finally {
            app.close();
        }
        return result;
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(IrrigateApplication.class).web(WebApplicationType.SERVLET)
                .run(database.arguments(settings.workDirectory().resolve("data")).toArray(String[]::new));
    }

    /** Append: the gateway one command at a time and from eight writers, the bulk import, and their baselines. */
    private void append(List<Workload.Organisation> network, long setUpHead) throws Exception {
        Map<String, Object> append = new LinkedHashMap<>();
        Workload sequential = new Workload(network, SEED);
        send(sequential.prelude());
        List<Workload.Work> work = new ArrayList<>();
        for (int i = 0; i < settings.commands(); i++) {
            work.add(sequential.next());
        }
        long before = storedEvents();
        long started = System.nanoTime();
        send(work);
        double gatewaySequential = rate(storedEvents() - before, started);
        append.put("eventsPerCommand", round((storedEvents() - before) / (double) work.size()));

        // The same again with every projection paused: what the command side alone costs.
        work.clear();
        for (int i = 0; i < settings.commands(); i++) {
            work.add(sequential.next());
        }
        ProjectionControl control = control();
        control.names().forEach(name -> control.processor(name).shutDown());
        before = storedEvents();
        started = System.nanoTime();
        send(work);
        double gatewayPaused = rate(storedEvents() - before, started);
        control.names().forEach(name -> control.processor(name).start());

        List<List<Workload.Work>> perWriter = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Workload writer = new Workload(network, SEED + 1 + w);
            send(writer.prelude());
            List<Workload.Work> slice = new ArrayList<>();
            for (int i = 0; i < settings.commands() / WRITERS; i++) {
                slice.add(writer.next());
            }
            perWriter.add(slice);
        }
        before = storedEvents();
        started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            perWriter.forEach(slice -> done.add(pool.submit(() -> send(slice))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double gatewayConcurrent = rate(storedEvents() - before, started);

        before = storedEvents();
        started = System.nanoTime();
        importConversations(network);
        double bulkImport = rate(storedEvents() - before, started);

        List<StoredEvent> stored = StoredEvent.after(bean(DataSource.class), setUpHead);
        List<StoredEvent> sample = stored.subList(0, Math.min(stored.size(), settings.commands()));
        RawBaselines raw = new RawBaselines(bean(DataSource.class), database.binaryType());
        // The baselines are the database's own pace: measured once the projections have caught up on what was just
        // appended (else they share the cores with that backlog, and read ten times apart from run to run), and
        // each the median of three.
        control().awaitCaughtUp(PATIENCE);
        double rawSingle = medianOfThree(() -> raw.insertEach(sample, 1));
        double rawSingleConcurrent = medianOfThree(() -> raw.insertEach(sample, WRITERS));
        double rawBatch = medianOfThree(() -> raw.insertBatched(sample, History.BATCH));

        append.put("gatewaySequentialEventsPerSecond", round(gatewaySequential));
        append.put("rawInsertCommitEventsPerSecond", round(rawSingle));
        append.put("gatewaySequentialRatio", round(gatewaySequential / rawSingle));
        append.put("gatewaySequentialProjectionsPausedEventsPerSecond", round(gatewayPaused));
        append.put("gatewaySequentialProjectionsPausedRatio", round(gatewayPaused / rawSingle));
        append.put("gateway8WritersEventsPerSecond", round(gatewayConcurrent));
        append.put("rawInsertCommit8WritersEventsPerSecond", round(rawSingleConcurrent));
        append.put("gateway8WritersRatio", round(gatewayConcurrent / rawSingleConcurrent));
        append.put("gateway8WritersVsSequentialBaselineRatio", round(gatewayConcurrent / rawSingle));
        append.put("rawBatchEventsPerSecond", round(rawBatch));
        append.put("gatewaySequentialVsBatchRatio", round(gatewaySequential / rawBatch));
        append.put("bulkImportEventsPerSecond", round(bulkImport));
        append.put("bulkImportVsBatchRatio", round(bulkImport / rawBatch));
        record("append", append);
    }

    /** The bulk-import path as a partner uses it: a CSV file of conversations posted to the import endpoint. */
    private void importConversations(List<Workload.Organisation> network) throws Exception {
        Workload.Organisation importer = network.get(1);
        StringBuilder csv = new StringBuilder("happenedOn,channel,topic,summary,organisations,place,outcomeAreas,visibility\n");
        for (int i = 0; i < settings.importRows(); i++) {
            Workload.Organisation other = network.get(2 + i % (network.size() - 2));
            csv.append(LocalDate.of(2020, 1, 1).plusDays(i % 1500)).append(",meeting,Imported conversation ")
                    .append(i).append(",\"Talked about rooms, money and volunteers\",")
                    .append(importer.name()).append(';').append(other.name()).append(',')
                    .append(Workload.PLACES.get(i % Workload.PLACES.size())).append(",Local economy,shared\n");
        }
        int status = mvc().perform(post("/api/conversations/import").contentType("text/csv").content(csv.toString())
                .with(user(member(Role.PARTNER, importer.id())))).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException("the bulk import answered " + status);
        }
    }

    /**
     * Grows the stored history to each size with projections paused, lets every projection catch up (that is all
     * of them reading the whole new history), then measures the queries; replay, memory and start-up at the last.
     */
    private void history(History history, List<Workload.Organisation> network) throws Exception {
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (long target : settings.history()) {
            Map<String, Object> size = new LinkedHashMap<>();
            long missing = target - storedEvents();
            ProjectionControl control = control();
            control.names().forEach(name -> control.processor(name).shutDown());
            double grown = missing > 0 ? history.grow(missing) : 0;
            long started = System.nanoTime();
            control.names().forEach(name -> control.processor(name).start());
            control.awaitCaughtUp(PATIENCE);
            size.put("storedEvents", storedEvents());
            size.put("bulkAppendEventsPerSecond", round(grown));
            size.put("allProjectionsCatchUpSeconds", round(RawBaselines.seconds(started)));
            sizes.add(size);
            record("history", sizes); // the growth and catch-up, before the queries at this size
            size.put("queries", queries(network));
            record("history", sizes);
        }
        replay();
        startUp();
    }

    private Map<String, Object> queries(List<Workload.Organisation> network) throws Exception {
        Member coordinator = member(Role.COORDINATOR, network.getFirst().id());
        Member partner = member(Role.PARTNER, network.get(1).id());
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("timelineNewestPageCoordinator", latency(get("/api/timeline?newestFirst=true&size=50")
                .with(user(coordinator))));
        queries.put("timelineNewestPagePartner", latency(get("/api/timeline?newestFirst=true&size=50")
                .with(user(partner))));
        queries.put("timelineOrganisationPagePartner", latency(get("/api/timeline?newestFirst=true&size=50&organisation="
                + network.get(2).id()).with(user(partner))));
        if (control().names().contains(JOURNEYS)) {
            String award = bean(JdbcTemplate.class).queryForObject("select aggregate_id from timeline_entry"
                    + " where event_type = 'AwardRecorded' order by position desc limit 1", String.class);
            queries.put("awardJourney", orFailure(() -> latency(get("/api/journeys/awards/" + award)
                    .with(user(coordinator)))));
            queries.put("networkFigures", orFailure(() -> latency(get("/api/journeys/figures").with(user(coordinator)))));
        } else {
            queries.put("awardJourney", NO_JOURNEYS);
            queries.put("networkFigures", NO_JOURNEYS);
        }
        return queries;
    }

    /**
     * Rebuilds the timeline and the journeys from the whole history, against reading and deserialising it raw; the
     * most heap in use at once while they run.
     */
    private void replay() throws Exception {
        Map<String, Object> replay = new LinkedHashMap<>();
        long events = storedEvents();
        double raw = RawBaselines.readAndDeserialise(bean(DataSource.class), bean(Configuration.class).eventSerializer(),
                1_000);
        replay.put("storedEvents", events);
        replay.put("rawReadDeserialiseEventsPerSecond", round(raw));
        System.gc();
        try (HeapPeak heap = new HeapPeak()) {
            long started = System.nanoTime();
            control().rebuild("timeline", PATIENCE);
            double timeline = rate(events, started);
            replay.put("timelineEventsPerSecond", round(timeline));
            replay.put("timelineRatio", round(timeline / raw));
            if (control().names().contains(JOURNEYS)) {
                started = System.nanoTime();
                control().rebuild(JOURNEYS, PATIENCE);
                double journeys = rate(events, started);
                replay.put("journeysEventsPerSecond", round(journeys));
                replay.put("journeysRatio", round(journeys / raw));
            } else {
                replay.put("journeysEventsPerSecond", NO_JOURNEYS);
            }
            replay.put("peakHeapMiB", heap.mib());
            replay.put("collections", heap.collections());
        }
        replay.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        record("replay", replay);
    }

    /** Stops the application and starts it again on the same, full database. */
    private void startUp() throws Exception {
        long events = storedEvents();
        app.close();
        long started = System.nanoTime();
        app = start();
        double ready = RawBaselines.seconds(started);
        control().awaitCaughtUp(PATIENCE);
        record("startUp", Map.of("storedEvents", events, "readySeconds", round(ready),
                "caughtUpSeconds", round(RawBaselines.seconds(started))));
    }

    /**
     * Adds a phase's figures to the result and writes the result so far to {@code partial.json} in the work
     * directory: a million-event run takes hours, and one cut short still leaves what it measured.
     */
    private void record(String phase, Object figures) throws java.io.IOException {
        result.put(phase, figures);
        java.nio.file.Files.writeString(settings.workDirectory().resolve("partial.json"),
                BenchmarkReport.JSON.writeValueAsString(result));
    }

    /**
     * A journey question keeps a picture of the whole journey ledger in memory: on a long enough history it can fail
     * in the 1 GiB heap (as it did at a million events before the fold streamed: BENCHMARKS.md). Report the failure
     * in its place and go on to measure the rest.
     */
    private static Object orFailure(Callable<Map<String, Object>> measure) throws Exception {
        try {
            return measure.call();
        } catch (IllegalStateException e) {
            return "failed: " + e.getMessage() + " (the application's log says why)";
        }
    }

    private Map<String, Object> latency(RequestBuilder request) throws Exception {
        MockMvc mvc = mvc();
        return Latency.measure(settings.samples(), () -> {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 200) {
                throw new IllegalStateException("query answered " + status);
            }
        });
    }

    /**
     * HTTP through the full filter chain, controllers and JSON, signed in without a password check: HTTP Basic would
     * add a deliberate ~100 ms password hash to every request and measure that rather than the query.
     */
    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static Member member(Role role, OrganisationId organisation) {
        return new Member("bench-" + role.name().toLowerCase(), "", role, organisation, true, false);
    }

    private void send(List<Workload.Work> work) {
        CommandGateway gateway = bean(CommandGateway.class);
        for (Workload.Work w : work) {
            Recorder recorder = new Recorder("bench", w.onBehalfOf(),
                    w.happenedOn().plusDays(2).atTime(10, 0).toInstant(ZoneOffset.UTC));
            try {
                recorder.run(() -> gateway.sendAndWait(w.command()));
            } catch (RuntimeException e) {
                throw new IllegalStateException("The workload sent a command the domain refused: " + w.command(), e);
            }
        }
    }

    private long storedEvents() {
        Long count = bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private String product() throws java.sql.SQLException {
        try (var connection = bean(DataSource.class).getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    interface Rate {
        double measure() throws Exception;
    }

    static double medianOfThree(Rate rate) throws Exception {
        double[] rates = {rate.measure(), rate.measure(), rate.measure()};
        Arrays.sort(rates);
        return rates[1];
    }

    private ProjectionControl control() {
        return bean(ProjectionControl.class);
    }

    private <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    private static double rate(long count, long startedNanos) {
        return count / RawBaselines.seconds(startedNanos);
    }

    static double round(double value) {
        return Latency.round(value);
    }
}
