package io.plantdesk.activity;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.DbErrors;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Marks a plant's stored activity buckets as stale, so that the rollup engine recomputes them from
 * the raw audit rows on its next run. For after a release changes how the figures are computed
 * (a new core.rollup_activity_recompute): the triggers keep buckets current when rows change,
 * not when the arithmetic does. Runs on the installer's admin connection.
 */
public final class ActivityRebuild {

    /** How many buckets of each job were marked. */
    public record Marked(int days, int hours) {}

    private final Jdbi jdbi;

    private static Text text(String key, Object... args) {
        return new Text("io.plantdesk.activity.messages", key, args);
    }

    public ActivityRebuild(DataSource admin) {
        this.jdbi = Database.jdbiFor(admin);
    }

    /** Marks the stored days and hours of the last {@code days} days of the plant {@code slug}. */
    public Marked mark(String slug, int days) {
        if (days < 1) {
            throw new PlantdeskException(text("rebuild.days"), null);
        }
        try {
            return jdbi.inTransaction(h -> {
                var tenant = h.createQuery("select id from core.tenant where slug = :s")
                        .bind("s", slug)
                        .mapTo(UUID.class)
                        .findOne()
                        .orElseThrow(() ->
                                new PlantdeskException(text("rebuild.no.plant", slug), text("rebuild.no.plant.hint")));
                int d = h.createUpdate("""
                        insert into core.rollup_invalidation (tenant_id, job, bucket_start)
                        select distinct tenant_id, 'activity', day_start from core.activity_daily
                         where tenant_id = :t and day_start >= now() - make_interval(days => :days)
                        on conflict (tenant_id, job, bucket_start) do update set generation = core.rollup_invalidation.generation + 1""").bind("t", tenant).bind("days", days).execute();
                int hrs =
                        h.createUpdate("""
                        insert into core.rollup_invalidation (tenant_id, job, bucket_start)
                        select distinct tenant_id, 'activity_hourly', hour_start from core.activity_hourly
                         where tenant_id = :t and hour_start >= now() - make_interval(days => :days)
                        on conflict (tenant_id, job, bucket_start) do update set generation = core.rollup_invalidation.generation + 1""").bind("t", tenant).bind("days", days).execute();
                return new Marked(d, hrs);
            });
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}
