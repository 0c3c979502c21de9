package io.plantdesk.activity;

import io.plantdesk.activity.api.AuditEntry;
import io.plantdesk.activity.api.AuditTrail;
import io.plantdesk.activity.api.ChangeCounts;
import io.plantdesk.platform.db.DbErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Who changed what, when: the Activity dashboard's reads (admins only; RLS keeps them to the plant). */
public final class ActivityService implements AuditTrail, ChangeCounts {

    public static final int PAGE = 100;

    private final Jdbi jdbi;
    private final Clock clock;

    public ActivityService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The last {@code days} days up to and including today, in the given zone. */
    public ActivitySummary lastDays(int days, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        OffsetDateTime from = today.minusDays(days - 1L).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = today.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return summary(from, to);
    }

    public ActivitySummary summary(OffsetDateTime from, OffsetDateTime to) {
        return call(dao -> ActivitySummary.of(dao.summary(from, to)));
    }

    public ActivitySummary summaryFromRaw(OffsetDateTime from, OffsetDateTime to) {
        return call(dao -> ActivitySummary.of(dao.summaryFromRaw(from, to)));
    }

    /** The audit rows behind one day's bar, optionally for one area or person. */
    public List<AuditEntry> entries(
            OffsetDateTime dayStart, OffsetDateTime dayEnd, String table, String actor, int offset) {
        return call(dao -> dao.entries(dayStart, dayEnd, table, actor, PAGE, offset));
    }

    @Override
    public long changesInLastDays(int days) {
        return lastDays(days, plantZone()).total();
    }

    @Override
    public List<AuditEntry> history(String table, String rowId, int limit) {
        return call(dao -> dao.history(table, rowId, Math.max(1, Math.min(limit, 1000))));
    }

    public ZoneId plantZone() {
        return ZoneId.of(jdbi.withHandle(h -> h.createQuery("select time_zone from core.tenant")
                .mapTo(String.class)
                .one()));
    }

    private <T> T call(Function<ActivityDao, T> work) {
        try {
            return jdbi.withExtension(ActivityDao.class, work::apply);
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}
