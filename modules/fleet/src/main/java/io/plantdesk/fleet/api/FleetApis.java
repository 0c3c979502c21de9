package io.plantdesk.fleet.api;

import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jdbi.v3.core.Jdbi;

/** The fleet's services for other features, found with ServiceLoader (absent without the module). */
public interface FleetApis {

    FleetActions actions(Jdbi jdbi, Clock clock);

    static Optional<FleetApis> find() {
        return ServiceLoader.load(FleetApis.class, FleetApis.class.getClassLoader())
                .findFirst();
    }
}
