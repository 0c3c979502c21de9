package io.plantdesk.activity;

import io.plantdesk.activity.api.ActivityApis;
import io.plantdesk.activity.api.AuditTrail;
import io.plantdesk.activity.api.ChangeCounts;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The activity module's implementation of its api, registered for {@link ActivityApis#find()}. */
public final class ActivityApisProvider implements ActivityApis {

    @Override
    public AuditTrail auditTrail(Jdbi jdbi, Clock clock) {
        return new ActivityService(jdbi, clock);
    }

    @Override
    public ChangeCounts changeCounts(Jdbi jdbi, Clock clock) {
        return new ActivityService(jdbi, clock);
    }
}
