package io.plantdesk.platform.rollup;

import java.time.OffsetDateTime;

/** A job's state for the Operations view: schedule, lag, last run and last error. */
public record RollupJobStatus(
        String job,
        String bucket,
        int intervalSeconds,
        int pendingBuckets,
        OffsetDateTime oldestPending,
        OffsetDateTime lastRunAt,
        OffsetDateTime lastSuccessAt,
        Integer lastDurationMs,
        int bucketsDone,
        long rowsRead,
        long rowsWritten,
        long runs,
        String lastError,
        OffsetDateTime lastErrorAt) {}
