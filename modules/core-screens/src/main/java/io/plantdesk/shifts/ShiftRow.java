package io.plantdesk.shifts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** core.shift_pattern as read: breaks as "HH:MM/minutes,..." and days as "1,2,3" (ISO). */
public record ShiftRow(
        UUID id,
        String name,
        LocalTime starts,
        LocalTime ends,
        String breaks,
        String days,
        LocalDate validFrom,
        int version) {}
