package io.plantdesk.maintenance.plan;

import java.time.Instant;

/**
 * One VEVENT of an iCalendar file. {@code uid} must stay the same for the same work order across
 * exports, so a calendar program updates the event instead of adding a second one; {@code
 * sequence} (the work order's version) tells it which copy is newer.
 */
public record IcsEvent(
        String uid,
        Instant stamp,
        Instant start,
        Instant end,
        String summary,
        String description,
        String location,
        int sequence,
        boolean confirmed) {}
