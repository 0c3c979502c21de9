package io.plantdesk.maintenance;

import io.plantdesk.maintenance.api.MachineRegister;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.MeterFeed;
import io.plantdesk.maintenance.api.TechnicianActions;
import io.plantdesk.maintenance.api.TechnicianQueue;
import io.plantdesk.maintenance.api.WorkRequests;
import io.plantdesk.platform.outbox.Outbox;
import io.plantdesk.platform.outbox.Replayer;
import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The maintenance module's implementation of its api, registered for {@link MaintenanceApis#find()}. */
public final class MaintenanceApisProvider implements MaintenanceApis {

    @Override
    public WorkRequests workRequests(Jdbi jdbi, Clock clock) {
        return new MaintenanceApiService(jdbi, clock);
    }

    @Override
    public MeterFeed meterFeed(Jdbi jdbi, Clock clock) {
        return new MaintenanceApiService(jdbi, clock);
    }

    @Override
    public TechnicianActions technicianActions(Jdbi jdbi, Clock clock) {
        return new MaintenanceApiService(jdbi, clock);
    }

    @Override
    public MachineRegister machineRegister(Jdbi jdbi) {
        return new MachineRegisterService(jdbi);
    }

    @Override
    public MachineRegister machineRegister(Handle seedHandle, UUID plant) {
        return () -> MachineRegisterService.machines(seedHandle, plant);
    }

    @Override
    public TechnicianQueue technicianQueue(Outbox outbox, Replayer replayer) {
        return new TechnicianOutbox(outbox, replayer);
    }
}
