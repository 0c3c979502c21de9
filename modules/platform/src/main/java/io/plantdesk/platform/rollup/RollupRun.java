package io.plantdesk.platform.rollup;

/**
 * What one engine transaction did.
 *
 * @param status    "done", "idle" (nothing to do), "busy" (another client holds this plant's job) or
 *                  "error" (the run failed and was rolled back; the server recorded why in the job's state)
 * @param remaining closed buckets still invalidated after this chunk (null when busy)
 */
public record RollupRun(String status, int buckets, long rowsRead, long rowsWritten, Integer remaining) {

    public boolean busy() {
        return "busy".equals(status);
    }

    public boolean failed() {
        return "error".equals(status);
    }

    public boolean caughtUp() {
        return remaining != null && remaining == 0;
    }
}
