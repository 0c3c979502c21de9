package io.plantdesk.platform.rollup;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A rollup a feature declares: its name (as registered in core.rollup_job by the feature's
 * migration), the bucket it aggregates by, the raw tables it reads (whose changes invalidate
 * buckets), the SQL function that recomputes given buckets, the data-version domain it feeds and
 * how often clients run it. The engine owns scheduling, locking, invalidation and job state.
 *
 * @param function schema-qualified SECURITY DEFINER function, e.g. {@code core.rollup_activity_recompute}
 */
public record RollupJobSpec(String name, Bucket bucket, List<String> sourceTables, String function, String domain,
                            Duration interval) {

    public enum Bucket { HOUR, SHIFT, DAY, MONTH }

    public RollupJobSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bucket, "bucket");
        sourceTables = List.copyOf(sourceTables);
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(domain, "domain");
        if (interval == null || interval.toSeconds() < 2) {
            throw new IllegalArgumentException("A rollup runs at most every 2 seconds");
        }
    }
}
