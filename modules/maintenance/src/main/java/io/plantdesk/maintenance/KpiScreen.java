package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the KPI dashboard shows, read in one statement ({@code maint.kpi_dashboard}): the
 * backlog, the period's plant days (oldest first), the machines with most failures (most first),
 * schedule compliance's counts over the weeks asked for and the crew's capacity of a week.
 */
public record KpiScreen(
        Backlog backlog,
        List<KpiPlantDay> days,
        List<AssetReliability> reliability,
        long scheduled,
        long scheduledOnTime,
        BigDecimal crewHours) {

    /** One row of {@code maint.kpi_dashboard}: a part's tag and its columns (see V107 for their meaning). */
    public record Row(
            String part,
            OffsetDateTime dayStart,
            UUID assetId,
            String code,
            String name,
            Long n1,
            Long n2,
            Long n3,
            Long n4,
            BigDecimal h1,
            BigDecimal h2,
            BigDecimal h3) {}
}
