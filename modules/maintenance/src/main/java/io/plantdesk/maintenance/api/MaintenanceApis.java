package io.plantdesk.maintenance.api;

import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.Replayer;
import java.time.Clock;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How another feature gets the maintenance services: its wiring asks {@link #find()} and builds
 * them on its own session's Jdbi (the person's login, under RLS). Empty when the maintenance
 * module is not installed, so a breakdown button can be left out.
 */
public interface MaintenanceApis {

    WorkRequests workRequests(Jdbi jdbi, Clock clock);

    MeterFeed meterFeed(Jdbi jdbi, Clock clock);

    /** The plant's machines, read on the person's login. */
    MachineRegister machineRegister(Jdbi jdbi);

    /**
     * The plant's machines on a demo seed's admin handle, inside its transaction (the admin login
     * is not held to one plant by RLS, so the plant is named): how another feature's seed places
     * the demo's machines without reading maintenance's tables.
     */
    MachineRegister machineRegister(Handle seedHandle, UUID plant);

    /** The server side of the technician's actions: what the outbox's replayer calls. */
    TechnicianActions technicianActions(Jdbi jdbi, Clock clock);

    /**
     * What a screen records the technician's actions through: the person's outbox. The replayer
     * (may be null) is woken after each action.
     */
    TechnicianQueue technicianQueue(Outbox outbox, Replayer replayer);

    static Optional<MaintenanceApis> find() {
        return ServiceLoader.load(MaintenanceApis.class, MaintenanceApis.class.getClassLoader())
                .findFirst();
    }
}
