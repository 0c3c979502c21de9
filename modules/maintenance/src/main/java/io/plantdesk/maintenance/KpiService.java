package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The maintenance KPI dashboard's reads (planners and admins): the backlog live, and the period
 * figures from the 'maintenance_daily' rollup merged with today counted live, so a refresh reads
 * a few hundred stored rows, never the work-order history.
 */
public final class KpiService {

    private final Jdbi jdbi;

    public KpiService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Backlog backlog() {
        return call(h -> h.attach(KpiDao.class).backlog());
    }

    /** Per day and asset for [from, to): the trend charts' series. */
    public List<KpiDay> days(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).days(from, to));
    }

    /** The same from the raw work orders (no rollup): for checks and the bench. */
    public List<KpiDay> daysFromRaw(OffsetDateTime from, OffsetDateTime to) {
        return call(h -> h.attach(KpiDao.class).daysFromRaw(from, to));
    }

    public KpiSummary summary(OffsetDateTime from, OffsetDateTime to) {
        return KpiSummary.of(days(from, to));
    }

    /** MTBF per asset over [from, to), assets with failures first by their count. */
    public List<AssetReliability> reliability(OffsetDateTime from, OffsetDateTime to) {
        BigDecimal period = BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return call(h -> {
            Map<UUID, int[]> failures = new HashMap<>();
            Map<UUID, BigDecimal> down = new HashMap<>();
            for (KpiDay d : h.attach(KpiDao.class).days(from, to)) {
                failures.computeIfAbsent(d.assetId(), k -> new int[1])[0] += d.failures();
                down.merge(d.assetId(), d.repairHours(), BigDecimal::add);
            }
            return h.attach(AssetDao.class).tree().stream()
                    .filter(a -> a.kind() == AssetKind.MACHINE || a.kind() == AssetKind.COMPONENT)
                    .map(a -> new AssetReliability(
                            a.id(),
                            a.code(),
                            a.name(),
                            failures.getOrDefault(a.id(), new int[1])[0],
                            down.getOrDefault(a.id(), BigDecimal.ZERO),
                            period))
                    .sorted((x, y) -> Integer.compare(y.failures(), x.failures()))
                    .toList();
        });
    }

    private <T> T call(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw MaintText.translate(e);
        }
    }
}
