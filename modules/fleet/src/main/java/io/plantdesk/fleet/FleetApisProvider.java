package io.plantdesk.fleet;

import io.plantdesk.fleet.api.FleetActions;
import io.plantdesk.fleet.api.FleetApis;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The fleet's {@link FleetApis}, registered in META-INF/services. */
public final class FleetApisProvider implements FleetApis {

    @Override
    public FleetActions actions(Jdbi jdbi, Clock clock) {
        return new FleetActionService(jdbi, clock);
    }
}
