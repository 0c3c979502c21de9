package io.plantdesk.maintenance.api;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A machine stopped: what the sewing floor (or anyone) reports to open a corrective work order in
 * one action. The machine's downtime starts at {@code stoppedAt}.
 *
 * @param assetId     the machine (or one of its components)
 * @param title       one line, e.g. "Needle breaks every few minutes"
 * @param description what was seen; may be empty
 * @param priority    how urgent; {@link Priority#URGENT} with {@code emergency} for a safety stop
 * @param emergency   an emergency work order instead of a corrective one
 * @param stoppedAt   when the machine stopped; null when it still runs
 */
public record BreakdownReport(
        UUID assetId,
        String title,
        String description,
        Priority priority,
        boolean emergency,
        OffsetDateTime stoppedAt) {

    public BreakdownReport {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        priority = priority == null ? Priority.HIGH : priority;
    }
}
