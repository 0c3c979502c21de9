package io.plantdesk.sewing;

import java.time.OffsetDateTime;

/** A stretch of the plant's shift calendar; {@code name} is null for time in no shift. */
public record ShiftSpan(String name, OffsetDateTime startsAt, OffsetDateTime endsAt) {}
