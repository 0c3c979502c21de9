package io.plantdesk.overview;

import io.plantdesk.activity.api.ChangeCounts;
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
     * @param changesLastWeek audited changes in the last 7 days (today and the six before), from the
     *                        activity rollups; empty for roles that may not read the audit log, or
     *                        when the activity module is not installed
     */
    public record Facts(
            String plant,
            Map<AppRole, Integer> activePeopleByRole,
            int inactivePeople,
            Optional<Integer> changesLastWeek) {

        public int activePeople() {
            return activePeopleByRole.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        Facts withChanges(Optional<Integer> changes) {
            return new Facts(plant, activePeopleByRole, inactivePeople, changes);
        }
    }

    private final Jdbi jdbi;
    private final Optional<ChangeCounts> changes;

    /** @param changes the activity module's counts, for the roles that may read the audit log */
    public OverviewService(Jdbi jdbi, Optional<ChangeCounts> changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public Facts load() {
        try {
            return jdbi.withHandle(h -> {
                        String plant = h.createQuery("select name from core.tenant")
                                .mapTo(String.class)
                                .one();
                        Map<AppRole, Integer> byRole = new EnumMap<>(AppRole.class);
                        for (AppRole r : AppRole.values()) {
                            byRole.put(r, 0);
                        }
                        h.createQuery("select app_role, count(*) from core.person where active group by app_role")
                                .map((rs, ctx) -> Map.entry(AppRole.fromDb(rs.getString(1)), rs.getInt(2)))
                                .forEach(e -> byRole.put(e.getKey(), e.getValue()));
                        int inactive = h.createQuery("select count(*) from core.person where not active")
                                .mapTo(Integer.class)
                                .one();
                        return new Facts(plant, byRole, inactive, Optional.empty());
                    })
                    .withChanges(changes.map(c -> Math.toIntExact(c.changesInLastDays(7))));
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }
}
