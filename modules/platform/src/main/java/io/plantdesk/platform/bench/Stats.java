package io.plantdesk.platform.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a scenario's timings, in milliseconds. */
public record Stats(String scenario, int samples, double p50, double p95, double max) {

    public static Stats of(String scenario, double[] millis) {
        double[] s = millis.clone();
        Arrays.sort(s);
        return new Stats(scenario, s.length, pick(s, 0.50), pick(s, 0.95), s[s.length - 1]);
    }

    /** Nearest-rank percentile. */
    private static double pick(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public String json() {
        return String.format(
                Locale.ROOT,
                "{\"scenario\":\"%s\",\"samples\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}",
                scenario,
                samples,
                p50,
                p95,
                max);
    }
}
