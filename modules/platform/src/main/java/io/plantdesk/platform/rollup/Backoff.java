package io.plantdesk.platform.rollup;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a job runs next: its interval with ±20 % jitter (so the clients of a plant do not all knock
 * at once), doubled after each consecutive failure up to ten minutes.
 */
public final class Backoff {

    public static final Duration MAX = Duration.ofMinutes(10);

    private Backoff() {}

    public static Duration next(Duration interval, int consecutiveFailures, RandomGenerator random) {
        Duration base = interval;
        for (int i = 0; i < consecutiveFailures && base.compareTo(MAX) < 0; i++) {
            base = base.multipliedBy(2);
        }
        if (base.compareTo(MAX) > 0) {
            base = MAX;
        }
        double factor = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(500, (long) (base.toMillis() * factor)));
    }
}
