package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The KPIs of a period, each as SMRP defines it (metric numbers in brackets); a ratio without a
 * denominator is empty, never zero.
 *
 * @param failures       failures repaired in the period (3.5.1, 3.5.2)
 * @param repairHours    their total repair time, stop to running again (3.4 unscheduled downtime)
 * @param reactiveHours  hours on corrective and emergency work (5.4.1)
 * @param proactiveHours hours on preventive and inspection work (5.4.2)
 * @param pmDue          PM work orders due in the period (5.4.14)
 * @param pmOnTime       of those, completed within their window
 */
public record KpiSummary(
        int completed,
        int failures,
        BigDecimal repairHours,
        BigDecimal reactiveHours,
        BigDecimal proactiveHours,
        int pmDue,
        int pmOnTime) {

    public static KpiSummary of(List<KpiPlantDay> days) {
        return new KpiSummary(
                days.stream().mapToInt(KpiPlantDay::completed).sum(),
                days.stream().mapToInt(KpiPlantDay::failures).sum(),
                days.stream().map(KpiPlantDay::repairHours).reduce(BigDecimal.ZERO, BigDecimal::add),
                days.stream().map(KpiPlantDay::reactiveHours).reduce(BigDecimal.ZERO, BigDecimal::add),
                days.stream().map(KpiPlantDay::proactiveHours).reduce(BigDecimal.ZERO, BigDecimal::add),
                days.stream().mapToInt(KpiPlantDay::pmDue).sum(),
                days.stream().mapToInt(KpiPlantDay::pmOnTime).sum());
    }

    /** SMRP 3.5.2 MTTR: total repair time / number of repairs, in hours. */
    public Optional<BigDecimal> mttrHours() {
        return ratio(repairHours, BigDecimal.valueOf(failures), BigDecimal.ONE);
    }

    /** SMRP 5.4.1 reactive work: reactive hours / all maintenance hours, in percent. */
    public Optional<BigDecimal> reactivePercent() {
        return ratio(reactiveHours, reactiveHours.add(proactiveHours), BigDecimal.valueOf(100));
    }

    /** SMRP 5.4.2 proactive work (planned vs reactive): proactive hours / all hours, in percent. */
    public Optional<BigDecimal> proactivePercent() {
        return ratio(proactiveHours, reactiveHours.add(proactiveHours), BigDecimal.valueOf(100));
    }

    /** SMRP 5.4.14 PM compliance: PM work orders done within their window / PM work orders due, in percent. */
    public Optional<BigDecimal> pmCompliancePercent() {
        return ratio(BigDecimal.valueOf(pmOnTime), BigDecimal.valueOf(pmDue), BigDecimal.valueOf(100));
    }

    private static Optional<BigDecimal> ratio(BigDecimal a, BigDecimal b, BigDecimal scale) {
        return b.signum() == 0
                ? Optional.empty()
                : Optional.of(a.multiply(scale).divide(b, 1, RoundingMode.HALF_UP));
    }
}
