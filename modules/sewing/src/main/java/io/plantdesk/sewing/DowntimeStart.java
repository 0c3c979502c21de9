package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A stop reported on the floor.
 *
 * @param key       the client's idempotency key (also the key of the work order it opens)
 * @param machineId the machine, required for a breakdown
 * @param note      what was seen; for a breakdown, the work order's title
 * @param at        when it stopped; null for now
 */
public record DowntimeStart(
        UUID key, UUID lineId, UUID machineId, DowntimeReason reason, String note, OffsetDateTime at) {

    public DowntimeStart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note.strip();
    }
}
