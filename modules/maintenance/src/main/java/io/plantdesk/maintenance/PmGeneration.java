package io.plantdesk.maintenance;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.DbErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * PM generation for every plant (or one) on the installer's admin connection, for plants that
 * let a server do it on a timer ({@code plantdesk maintenance generate-pm}): the same function and
 * the same state-row lock the clients use, so a client generating at that moment makes this one
 * find the plant "busy", and nothing is created twice.
 */
public final class PmGeneration {

    /** What one plant's run did. */
    public record Result(String plant, boolean busy, int created) {}

    private final Jdbi jdbi;

    public PmGeneration(DataSource admin) {
        this.jdbi = Database.jdbiFor(admin);
    }

    /** Runs every plant, or the one with that short name; at most {@code max} work orders each. */
    public List<Result> run(String plantSlug, int max) {
        try {
            List<UUID> plants = jdbi.withHandle(h -> h.createQuery("select id from core.tenant "
                            + "where cast(:slug as text) is null or slug = cast(:slug as text) order by slug")
                    .bind("slug", plantSlug)
                    .mapTo(UUID.class)
                    .list());
            if (plants.isEmpty() && plantSlug != null) {
                throw new PlantdeskException(MaintText.of("no.plant", plantSlug), null);
            }
            List<Result> results = new ArrayList<>();
            for (UUID plant : plants) {
                results.add(jdbi.inTransaction(h -> h.createQuery(
                                "select t.slug, g.status, g.created from core.tenant t "
                                        + "cross join lateral maint.generate_pm_for(t.id, :max) g where t.id = :t")
                        .bind("t", plant)
                        .bind("max", max)
                        .map((rs, ctx) -> new Result(rs.getString(1), "busy".equals(rs.getString(2)), rs.getInt(3)))
                        .one()));
            }
            return results;
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}
