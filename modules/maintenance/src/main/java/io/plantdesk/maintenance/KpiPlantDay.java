package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One day's KPI figures of the whole plant: the sum of that day's {@link KpiDay} rows. */
public record KpiPlantDay(
        OffsetDateTime dayStart,
        int completed,
        int failures,
        BigDecimal repairHours,
        BigDecimal reactiveHours,
        BigDecimal proactiveHours,
        int pmDue,
        int pmOnTime) {}
