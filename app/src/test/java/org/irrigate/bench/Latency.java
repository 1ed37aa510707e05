package org.irrigate.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latency of one query, asked {@code samples} times after a warm-up, as p50/p99/max in milliseconds. */
final class Latency {
    interface Query {
        void ask() throws Exception;
    }

    private Latency() {
    }

    static Map<String, Object> measure(int samples, Query query) throws Exception {
        for (int i = 0; i < Math.max(5, samples / 10); i++) {
            query.ask(); // warm-up: JIT, caches and the database's plan cache, as on a running server
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            query.ask();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("samples", samples);
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
