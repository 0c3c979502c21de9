package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The maintenance KPI dashboard's reads (planners and admins): the backlog from its count, and the
 * period figures from the 'maintenance_daily' rollup's plant day totals merged with today counted
 * live, so a refresh reads a row a day and a few hundred counts, never the work-order history.
 */
public final class KpiService {

    private final Jdbi jdbi;

    public KpiService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The open backlog now, from its count (a few hundred rows at most). */
    public Backlog backlog() {
        return call(h -> h.attach(KpiDao.class).backlog());
    }

    /** The same from every open work order: for checks. */
    public Backlog backlogFromRaw() {
        return call(h -> h.attach(KpiDao.class).backlogFromRaw());
    }

    /** Per day and asset for [from, to). */
    public List<KpiDay> days(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).days(from, to));
    }

    /** The same from the raw work orders (no rollup): for checks and the bench. */
    public List<KpiDay> daysFromRaw(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).daysFromRaw(from, to));
    }

    /** The plant's totals per day for [from, to): the figures and the trend charts, a row a day. */
    public List<KpiPlantDay> plantDays(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).plantDays(from, to));
    }

    /** The plant's day totals as the rollup stored them (no live day): for checks. */
    public List<KpiPlantDay> plantDaysStored(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).plantDaysStored(from, to));
    }

    public KpiSummary summary(OffsetDateTime from, OffsetDateTime to) {
        return KpiSummary.of(plantDays(from, to));
    }

    /**
     * MTBF of the machines with the most failures over [from, to) (at most {@code limit}), by their
     * count: read from the rollup's failure rows, never every machine.
     */
    public List<AssetReliability> reliability(OffsetDateTime from, OffsetDateTime to, int limit) {
        BigDecimal period = hours(from, to);
        return call(h -> h.attach(KpiDao.class).assetFailures(from, to, limit).stream()
                .map(a -> new AssetReliability(a.assetId(), a.code(), a.name(), a.failures(), a.repairHours(), period))
                .toList());
    }

    /**
     * The dashboard in one statement: the figures of {@link #plantDays}, {@link #reliability}, {@link #backlog}
     * and the planner's schedule compliance over [weeksFrom, weeksTo) and crew capacity of the week from
     * {@code monday}, by the same definitions; the live days are counted once for both the plant's totals and
     * the machines.
     */
    public KpiScreen screen(
            OffsetDateTime from,
            OffsetDateTime to,
            int limit,
            OffsetDateTime weeksFrom,
            OffsetDateTime weeksTo,
            LocalDate monday) {
        List<KpiScreen.Row> rows =
                call(h -> h.attach(KpiDao.class).dashboard(from, to, limit, weeksFrom, weeksTo, monday));
        BigDecimal period = hours(from, to);
        Backlog backlog = new Backlog(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        List<KpiPlantDay> days = new ArrayList<>();
        List<AssetReliability> machines = new ArrayList<>();
        long scheduled = 0;
        long onTime = 0;
        BigDecimal crew = BigDecimal.ZERO;
        for (KpiScreen.Row r : rows) {
            switch (r.part()) {
                case "backlog" -> backlog = new Backlog(r.n1(), r.h1(), r.h2(), r.n2(), r.h3());
                case "day" ->
                    days.add(new KpiPlantDay(
                            r.dayStart(),
                            r.n1().intValue(),
                            r.n2().intValue(),
                            r.h1(),
                            r.h2(),
                            r.h3(),
                            r.n3().intValue(),
                            r.n4().intValue()));
                case "machine" ->
                    machines.add(
                            new AssetReliability(r.assetId(), r.code(), r.name(), r.n1().intValue(), r.h1(), period));
                case "schedule" -> {
                    scheduled = r.n1();
                    onTime = r.n2();
                }
                case "crew" -> crew = r.h1();
                default ->
                    throw new IllegalStateException("maint.kpi_dashboard returned a part unknown here: " + r.part());
            }
        }
        days.sort(Comparator.comparing(KpiPlantDay::dayStart));
        // As assetFailures.sql orders them: most failures first, then by code.
        machines.sort(
                Comparator.comparingInt(AssetReliability::failures).reversed().thenComparing(AssetReliability::code));
        return new KpiScreen(backlog, List.copyOf(days), List.copyOf(machines), scheduled, onTime, crew);
    }

    private static BigDecimal hours(OffsetDateTime from, OffsetDateTime to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
