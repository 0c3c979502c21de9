package io.plantdesk.platform.rollup;

import java.util.List;
import java.util.Objects;

/**
 * A rollup a feature declares: what it is called, the bucket it aggregates by, the raw tables it
 * reads (whose changes invalidate buckets) and the SQL function that recomputes given buckets. The
 * rollup engine (DESIGN.md section 6) owns scheduling, locking, invalidation and job state.
 *
 * @param function schema-qualified SECURITY DEFINER function, e.g. {@code core.rollup_activity}
 */
public record RollupJobSpec(String name, Bucket bucket, List<String> sourceTables, String function) {

    public enum Bucket { SHIFT, DAY, MONTH }

    public RollupJobSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bucket, "bucket");
        sourceTables = List.copyOf(sourceTables);
        Objects.requireNonNull(function, "function");
    }
}
