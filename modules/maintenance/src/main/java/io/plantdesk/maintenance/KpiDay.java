package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One day's KPI figures of one asset (the nil UUID for work orders without an asset). */
public record KpiDay(
        OffsetDateTime dayStart,
        UUID assetId,
        int completed,
        int failures,
        BigDecimal repairHours,
        BigDecimal reactiveHours,
        BigDecimal proactiveHours,
        int pmDue,
        int pmOnTime) {}
