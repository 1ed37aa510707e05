package org.irrigate.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark report, run by {@code scripts/bench} (not by the test suite: its name ends in neither Test nor
 * Tests). Settings come from system properties: {@code bench.database} h2, postgres or both; {@code bench.size}
 * smoke, small, 100k or 1m (and {@code bench.organisations}, {@code bench.commands}, {@code bench.importRows},
 * {@code bench.history} (comma-separated), {@code bench.samples} to override one figure); {@code bench.output} the
 * directory for {@code results.json} and {@code results.md}; {@code bench.command} the command line, for the record.
 */
class BenchmarkReport {
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The presets: smoke is seconds, small is for development, 100k and 1m are the published runs. */
    static BenchmarkHarness.Settings settings(String database, String size, Path work) {
        BenchmarkHarness.Settings preset = switch (size) {
            case "smoke" -> new BenchmarkHarness.Settings(database, 10, 48, 10, List.of(600L), 5, work);
            case "small" -> new BenchmarkHarness.Settings(database, 50, 2_000, 200, List.of(10_000L), 100, work);
            case "100k" -> new BenchmarkHarness.Settings(database, 200, 2_000, 1_000, List.of(100_000L), 100, work);
            case "1m" -> new BenchmarkHarness.Settings(database, 1_000, 10_000, 1_000, List.of(100_000L, 1_000_000L),
                    200, work);
            default -> throw new IllegalArgumentException("bench.size must be smoke, small, 100k or 1m, not " + size);
        };
        return new BenchmarkHarness.Settings(database,
                Integer.getInteger("bench.organisations", preset.organisations()),
                Integer.getInteger("bench.commands", preset.commands()),
                Integer.getInteger("bench.importRows", preset.importRows()),
                System.getProperty("bench.history") == null ? preset.history()
                        : Arrays.stream(System.getProperty("bench.history").split(",")).map(String::strip)
                        .map(Long::valueOf).toList(),
                Integer.getInteger("bench.samples", preset.samples()), work);
    }

    /**
     * Runs the harness on each database in turn and writes the JSON result and the Markdown table after each, so a
     * run cut short still leaves the databases it finished (and, with {@code root}, publishes them there).
     */
    static Map<String, Object> run(List<String> databases, String size, Path output, String command, Path root)
            throws Exception {
        Files.createDirectories(output);
        List<Map<String, Object>> runs = new ArrayList<>();
        Map<String, Object> report = null;
        for (String database : databases) {
            Path work = Files.createDirectories(output.resolve("work-" + database));
            runs.add(new BenchmarkHarness(settings(database, size, work)).run());
            report = BenchReport.report(command, runs);
            Files.writeString(output.resolve("results.json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
            String markdown = BenchReport.markdown(report);
            Files.writeString(output.resolve("results.md"), markdown, StandardCharsets.UTF_8);
            System.out.println(markdown);
            if (root != null) {
                publish(markdown, root.resolve("BENCHMARKS.md"));
                Files.copy(output.resolve("results.json"), root.resolve("docs/benchmarks-results.json"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return report;
    }

    @Test
    void report() throws Exception {
        String database = System.getProperty("bench.database", "h2");
        List<String> databases = "both".equals(database) ? List.of("h2", "postgres") : List.of(database);
        Path output = Path.of(System.getProperty("bench.output", "target/bench"));
        run(databases, System.getProperty("bench.size", "small"), output,
                System.getProperty("bench.command", "scripts/bench"),
                Boolean.getBoolean("bench.update") ? Path.of(System.getProperty("bench.root", "..")) : null);
    }

    /** Replaces the measured part of BENCHMARKS.md (between its markers), keeping the notes written around it. */
    static void publish(String table, Path benchmarks) throws java.io.IOException {
        String start = "<!-- results:start -->";
        String end = "<!-- results:end -->";
        String doc = Files.readString(benchmarks);
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(benchmarks + " has no " + start + " ... " + end + " markers");
        }
        Files.writeString(benchmarks, doc.substring(0, from + start.length()) + "\n" + table.strip() + "\n"
                + doc.substring(to));
    }
}
