package io.plantdesk.platform.rollup;

import java.time.Duration;
import java.util.Objects;

/**
 * A rollup job as the scheduler needs it: its name and how often clients run it. Read from
 * core.rollup_job, where the feature's migration registers the job with its bucket, source tables,
 * recompute function and data-version domain: the SQL registration is the one declaration, so
 * Java cannot disagree with it.
 */
public record RollupJobSpec(String name, Duration interval) {

    public RollupJobSpec {
        Objects.requireNonNull(name, "name");
        if (interval == null || interval.toSeconds() < 2) {
            throw new IllegalArgumentException("A rollup runs at most every 2 seconds");
        }
    }
}
