package io.plantdesk.sewing;

import java.time.OffsetDateTime;

/**
 * The close-out state of a shift of the plant's calendar.
 *
 * @param closed     true while the shift's records are locked
 * @param lateScans  the late scans accepted at the last close
 */
public record ShiftClose(
        OffsetDateTime shiftStart,
        OffsetDateTime shiftEnd,
        String shiftName,
        boolean closed,
        int lateScans,
        OffsetDateTime closedAt,
        String closedBy,
        OffsetDateTime reopenedAt,
        String reopenedBy,
        String reopenReason) {}
