package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stop of a line or machine.
 *
 * @param workOrderNumber the maintenance work order a breakdown opened, or null
 * @param repeated        true when the call's key had been used before and nothing was done
 */
public record Downtime(
        UUID id,
        UUID lineId,
        UUID machineId,
        DowntimeReason reason,
        String note,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        UUID workOrderId,
        Integer workOrderNumber,
        boolean repeated) {

    public boolean running() {
        return endedAt == null;
    }

    Downtime asRepeat() {
        return new Downtime(
                id, lineId, machineId, reason, note, startedAt, endedAt, workOrderId, workOrderNumber, true);
    }
}
