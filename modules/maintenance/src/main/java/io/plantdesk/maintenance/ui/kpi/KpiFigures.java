package io.plantdesk.maintenance.ui.kpi;

import io.plantdesk.maintenance.AssetReliability;
import io.plantdesk.maintenance.Backlog;
import io.plantdesk.maintenance.KpiPlantDay;
import io.plantdesk.maintenance.KpiSummary;
import io.plantdesk.maintenance.plan.ScheduleCompliance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One load of the dashboard: the live backlog, the period's KPIs from the rollups, MTBF per asset,
 * schedule compliance, the crew's weekly capacity, and weekly trend points.
 */
record KpiFigures(
        Backlog backlog,
        KpiSummary summary,
        List<AssetReliability> reliability,
        ScheduleCompliance schedule,
        BigDecimal crewCapacityHours,
        List<Week> weeks) {

    /** A week of the trend: its Monday, failures repaired, and the week's reactive and PM compliance ratios. */
    record Week(
            LocalDate monday,
            int failures,
            Optional<BigDecimal> reactivePercent,
            Optional<BigDecimal> pmCompliancePercent) {}

    /**
     * SMRP 5.4.9 Ready Backlog: ready work (hours of approved or scheduled work) / crew capacity
     * per week, in weeks. Empty without a capacity set.
     */
    Optional<BigDecimal> readyBacklogWeeks() {
        return crewCapacityHours.signum() == 0
                ? Optional.empty()
                : Optional.of(backlog.readyHours().divide(crewCapacityHours, 1, RoundingMode.HALF_UP));
    }

    /** The days grouped into the plant's weeks (Monday first), oldest first. */
    static List<Week> weekly(List<KpiPlantDay> days, ZoneId zone) {
        Map<LocalDate, List<KpiPlantDay>> byWeek = new TreeMap<>();
        for (KpiPlantDay d : days) {
            LocalDate monday = d.dayStart()
                    .atZoneSameInstant(zone)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, k -> new ArrayList<>()).add(d);
        }
        List<Week> out = new ArrayList<>();
        byWeek.forEach((monday, list) -> {
            KpiSummary s = KpiSummary.of(list);
            out.add(new Week(monday, s.failures(), s.reactivePercent(), s.pmCompliancePercent()));
        });
        return out;
    }
}
