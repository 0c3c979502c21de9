package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A downtime row as stored; {@link DowntimeService} turns it into a {@link Downtime}. */
public record DowntimeRow(
        UUID id,
        UUID lineId,
        String lineName,
        UUID machineId,
        String reason,
        String note,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        UUID stopKey,
        UUID workOrderId) {

    /** @param workOrderNumber the number maintenance's api gave the stop's work order, or null */
    Downtime toDowntime(boolean repeated, Integer workOrderNumber) {
        return new Downtime(
                id,
                lineId,
                machineId,
                DowntimeReason.fromDb(reason),
                note,
                startedAt,
                endedAt,
                workOrderId,
                workOrderNumber,
                repeated);
    }
}
