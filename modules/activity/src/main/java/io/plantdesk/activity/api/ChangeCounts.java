package io.plantdesk.activity.api;

/** How much changed in the plant: counted from the activity rollups (never a scan of the raw audit log). */
public interface ChangeCounts {

    /** Audited changes in the last {@code days} days up to now, today included, in the plant's time zone. */
    long changesInLastDays(int days);
}
