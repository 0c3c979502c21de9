package io.plantdesk.activity.api;

import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jdbi.v3.core.Jdbi;

/**
 * How another feature gets the activity module's services: its wiring asks {@link #find()} and
 * builds them on its own session's Jdbi. Empty when the activity module is not installed, so a
 * screen that shows activity figures simply leaves them out.
 */
public interface ActivityApis {

    AuditTrail auditTrail(Jdbi jdbi, Clock clock);

    ChangeCounts changeCounts(Jdbi jdbi, Clock clock);

    static Optional<ActivityApis> find() {
        return ServiceLoader.load(ActivityApis.class, ActivityApis.class.getClassLoader())
                .findFirst();
    }
}
