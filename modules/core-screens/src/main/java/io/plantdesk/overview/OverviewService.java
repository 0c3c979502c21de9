package io.plantdesk.overview;

import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.people.AppRole;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The facts of the Overview screen, read under the person's own role (RLS keeps them to the plant). */
public final class OverviewService {

    /**
     * @param changesLastWeek audited changes in the last 7 days; empty for roles that may not read the audit log
     */
    public record Facts(String plant, Map<AppRole, Integer> activePeopleByRole, int inactivePeople,
                        Optional<Integer> changesLastWeek) {

        public int activePeople() {
            return activePeopleByRole.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Jdbi jdbi;
    private final boolean mayReadAudit;

    public OverviewService(Jdbi jdbi, boolean mayReadAudit) {
        this.jdbi = jdbi;
        this.mayReadAudit = mayReadAudit;
    }

    public Facts load() {
        try {
            return jdbi.withHandle(h -> {
                String plant = h.createQuery("select name from core.tenant").mapTo(String.class).one();
                Map<AppRole, Integer> byRole = new EnumMap<>(AppRole.class);
                for (AppRole r : AppRole.values()) {
                    byRole.put(r, 0);
                }
                h.createQuery("select app_role, count(*) from core.person where active group by app_role")
                        .map((rs, ctx) -> Map.entry(AppRole.fromDb(rs.getString(1)), rs.getInt(2)))
                        .forEach(e -> byRole.put(e.getKey(), e.getValue()));
                int inactive = h.createQuery("select count(*) from core.person where not active").mapTo(Integer.class).one();
                Optional<Integer> changes = mayReadAudit
                        ? Optional.of(h.createQuery("select count(*) from core.audit_log where at > now() - interval '7 days'")
                                .mapTo(Integer.class).one())
                        : Optional.empty();
                return new Facts(plant, byRole, inactive, changes);
            });
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}
