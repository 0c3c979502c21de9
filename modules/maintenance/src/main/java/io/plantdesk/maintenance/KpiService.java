package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
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
        BigDecimal period = BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return call(h -> h.attach(KpiDao.class).assetFailures(from, to, limit).stream()
                .map(a -> new AssetReliability(a.assetId(), a.code(), a.name(), a.failures(), a.repairHours(), period))
                .toList());
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
