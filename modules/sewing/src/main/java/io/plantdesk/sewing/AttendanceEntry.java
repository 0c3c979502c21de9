package io.plantdesk.sewing;

import java.util.UUID;

/**
 * One operator's line of a shift's attendance sheet: present or not, minutes attended and
 * overtime (both null when absent). The database keeps the ranges (1 to 1,440 minutes, 0 to 720
 * overtime); the screen checks them first.
 */
public record AttendanceEntry(UUID personId, String displayName, boolean present, Integer minutes, Integer overtime) {

    public static final int MAX_MINUTES = 1440;
    public static final int MAX_OVERTIME = 720;
}
