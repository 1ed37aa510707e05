package org.irrigate.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable result of a run (a JSON tree) and the Markdown table people read. */
final class BenchReport {
    static final double APPEND_TARGET = 0.7;
    static final double REPLAY_TARGET = 0.5;
    static final double TIMELINE_P99_TARGET_MS = 20;
    static final double JOURNEY_P99_TARGET_MS = 50;
    static final long REPLAY_HEAP_TARGET_MIB = 1024;

    private BenchReport() {
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        machine.put("memoryMiB", memory / (1024 * 1024));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    static Map<String, Object> report(String command, List<Map<String, Object>> runs) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("measuredAt", Instant.now().toString());
        report.put("command", command);
        report.put("machine", machine());
        for (Map<String, Object> run : runs) {
            run.put("targets", targets(run));
        }
        report.put("runs", runs);
        return report;
    }

    /** Each target of the issue, with the figure it is judged on and whether it is met. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> targets(Map<String, Object> run) {
        Map<String, Object> append = (Map<String, Object>) run.get("append");
        Map<String, Object> replay = (Map<String, Object>) run.get("replay");
        List<Map<String, Object>> history = (List<Map<String, Object>>) run.get("history");
        Map<String, Object> largest = history.getLast();
        Map<String, Object> queries = (Map<String, Object>) largest.get("queries");
        long atEvents = ((Number) largest.get("storedEvents")).longValue();
        List<Map<String, Object>> targets = new ArrayList<>();
        targets.add(target("append ≥ 0.7× single INSERT+COMMIT (sequential)", number(append, "gatewaySequentialRatio"),
                APPEND_TARGET, true));
        targets.add(target("append ≥ 0.7× single INSERT+COMMIT (8 writers)", number(append, "gateway8WritersRatio"),
                APPEND_TARGET, true));
        targets.add(target("timeline replay ≥ 0.5× raw read+deserialise", number(replay, "timelineRatio"),
                REPLAY_TARGET, true));
        for (String name : List.of("timelineNewestPagePartner", "timelineNewestPageCoordinator",
                "timelineOrganisationPagePartner")) {
            targets.add(target(name + " p99 ≤ 20 ms at " + atEvents + " events",
                    number((Map<String, Object>) queries.get(name), "p99Ms"), TIMELINE_P99_TARGET_MS, false));
        }
        Object journey = queries.get("awardJourney");
        targets.add(journey instanceof Map<?, ?> j
                ? target("award journey p99 ≤ 50 ms at " + atEvents + " events",
                number((Map<String, Object>) j, "p99Ms"), JOURNEY_P99_TARGET_MS, false)
                : Map.of("target", "award journey p99 ≤ 50 ms", "met", "not measured", "why", String.valueOf(journey)));
        targets.add(target("replay peak heap ≤ 1 GiB (MiB, most in use at once)", number(replay, "peakHeapMiB"),
                REPLAY_HEAP_TARGET_MIB, false));
        targets.add(replay.get("journeysRatio") instanceof Number
                ? target("journey replay ≥ 0.5× raw read+deserialise", number(replay, "journeysRatio"), REPLAY_TARGET, true)
                : Map.of("target", "journey replay ≥ 0.5× raw read+deserialise", "met", "not measured",
                "why", String.valueOf(replay.get("journeysEventsPerSecond"))));
        targets.add(target("replay of " + (long) number(replay, "storedEvents") + " events ran with a heap limit ≤ 1 GiB (MiB)",
                number(replay, "maxHeapMiB"), REPLAY_HEAP_TARGET_MIB, false));
        return targets;
    }

    private static Map<String, Object> target(String name, double value, double bound, boolean atLeast) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("target", name);
        target.put("value", value);
        target.put("met", atLeast ? value >= bound : value <= bound);
        return target;
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        md.append("Measured ").append(report.get("measuredAt")).append(" on ").append(machine.get("cores"))
                .append(" cores, ").append(machine.get("memoryMiB")).append(" MiB memory, heap limit ")
                .append(machine.get("maxHeapMiB")).append(" MiB, ").append(machine.get("java")).append(", ")
                .append(machine.get("os")).append(".\n\nCommand: `").append(report.get("command")).append("`\n");
        for (Map<String, Object> run : (List<Map<String, Object>>) report.get("runs")) {
            md.append("\n### ").append(run.get("database")).append("\n\n");
            md.append("Settings: ").append(run.get("settings")).append("\n\n");
            md.append("| measure | Irrigate | baseline (same run) | ratio |\n|---|---:|---:|---:|\n");
            Map<String, Object> a = (Map<String, Object>) run.get("append");
            row(md, "append, gateway, 1 writer (events/s)", a.get("gatewaySequentialEventsPerSecond"),
                    "INSERT+COMMIT: " + a.get("rawInsertCommitEventsPerSecond"), a.get("gatewaySequentialRatio"));
            row(md, "append, gateway, 1 writer, projections paused (events/s)",
                    a.get("gatewaySequentialProjectionsPausedEventsPerSecond"),
                    "INSERT+COMMIT: " + a.get("rawInsertCommitEventsPerSecond"), a.get("gatewaySequentialProjectionsPausedRatio"));
            row(md, "append, gateway, 8 writers (events/s)", a.get("gateway8WritersEventsPerSecond"),
                    "INSERT+COMMIT ×8: " + a.get("rawInsertCommit8WritersEventsPerSecond"), a.get("gateway8WritersRatio"));
            row(md, "append, gateway, 1 writer vs batch (events/s)", a.get("gatewaySequentialEventsPerSecond"),
                    "batch INSERT: " + a.get("rawBatchEventsPerSecond"), a.get("gatewaySequentialVsBatchRatio"));
            row(md, "bulk import, CSV endpoint (events/s)", a.get("bulkImportEventsPerSecond"),
                    "batch INSERT: " + a.get("rawBatchEventsPerSecond"), a.get("bulkImportVsBatchRatio"));
            for (Map<String, Object> size : (List<Map<String, Object>>) run.get("history")) {
                Object events = size.get("storedEvents");
                row(md, "history fast path to " + events + " events (events/s)", size.get("bulkAppendEventsPerSecond"),
                        "", "");
                row(md, "all projections catch up on " + events + " events (s)", size.get("allProjectionsCatchUpSeconds"),
                        "", "");
                ((Map<String, Object>) size.get("queries")).forEach((name, q) -> {
                    if (q instanceof Map<?, ?> m) {
                        row(md, name + " at " + events + " events, p50 / p99 (ms)", m.get("p50Ms") + " / " + m.get("p99Ms"),
                                "", "");
                    } else {
                        row(md, name + " at " + events + " events", "not measured: " + q, "", "");
                    }
                });
            }
            Map<String, Object> r = (Map<String, Object>) run.get("replay");
            row(md, "replay timeline, " + r.get("storedEvents") + " events (events/s)", r.get("timelineEventsPerSecond"),
                    "read+deserialise: " + r.get("rawReadDeserialiseEventsPerSecond"), r.get("timelineRatio"));
            row(md, "replay journeys, " + r.get("storedEvents") + " events (events/s)", r.get("journeysEventsPerSecond"),
                    "read+deserialise: " + r.get("rawReadDeserialiseEventsPerSecond"), r.getOrDefault("journeysRatio", ""));
            row(md, "peak heap during replay (MiB, most in use at once)", r.get("peakHeapMiB"),
                    "heap limit: " + r.get("maxHeapMiB"), "");
            Map<String, Object> s = (Map<String, Object>) run.get("startUp");
            row(md, "start-up with " + s.get("storedEvents") + " events: ready / caught up (s)",
                    s.get("readySeconds") + " / " + s.get("caughtUpSeconds"), "", "");
            md.append("\nTargets:\n\n");
            for (Map<String, Object> t : (List<Map<String, Object>>) run.get("targets")) {
                Object met = t.get("met");
                md.append("- ").append(Boolean.TRUE.equals(met) ? "met" : Boolean.FALSE.equals(met) ? "**missed**" : met)
                        .append(": ").append(t.get("target")).append(t.containsKey("value") ? " — " + t.get("value") : "")
                        .append(t.containsKey("why") ? " (" + t.get("why") + ")" : "").append('\n');
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String measure, Object value, Object baseline, Object ratio) {
        md.append("| ").append(measure).append(" | ").append(value).append(" | ").append(baseline).append(" | ")
                .append(ratio).append(" |\n");
    }
}
