package org.irrigate.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency of one query, asked {@code samples} times after a warm-up, as p50/p99/max in milliseconds. A slow query is
 * asked fewer times (at least {@value #MIN_SAMPLES}) once {@link #BUDGET_NANOS} has passed; the report says how many.
 */
final class Latency {
    interface Query {
        void ask() throws Exception;
    }

    static final int MIN_SAMPLES = 5;
    static final long BUDGET_NANOS = 30_000_000_000L;

    private Latency() {
    }

    static Map<String, Object> measure(int samples, Query query) throws Exception {
        long budget = System.nanoTime() + BUDGET_NANOS;
        for (int i = 0; i < Math.max(MIN_SAMPLES, samples / 10) && System.nanoTime() < budget; i++) {
            query.ask(); // warm-up: JIT, caches and the database's plan cache, as on a running server
        }
        budget = System.nanoTime() + BUDGET_NANOS;
        double[] all = new double[samples];
        int asked = 0;
        while (asked < samples && (asked < MIN_SAMPLES || System.nanoTime() < budget)) {
            long started = System.nanoTime();
            query.ask();
            all[asked++] = (System.nanoTime() - started) / 1e6;
        }
        double[] millis = Arrays.copyOf(all, asked);
        Arrays.sort(millis);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("samples", asked);
        result.put("p50Ms", round(percentile(millis, 50)));
        result.put("p99Ms", round(percentile(millis, 99)));
        result.put("maxMs", round(millis[millis.length - 1]));
        return result;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
