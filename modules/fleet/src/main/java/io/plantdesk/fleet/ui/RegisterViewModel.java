package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.Driver;
import io.plantdesk.fleet.Garage;
import io.plantdesk.fleet.RegisterService;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.fleet.VehicleDraft;
import io.plantdesk.platform.tasks.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The garage and vehicle editors' commands, each through the TaskRunner; a save that lands refreshes
 * the overview ({@code changed}). A failure comes back to the editor, which keeps what was typed.
 */
public final class RegisterViewModel {

    /** What the vehicle editor needs before it opens: the vehicle (empty: a new one), garages, people. */
    record VehicleForm(Optional<Vehicle> vehicle, List<RegisterService.GarageRow> garages, List<Driver> drivers) {}

    private final RegisterService register;
    private final TaskRunner tasks;
    private final Runnable changed;

    public RegisterViewModel(RegisterService register, TaskRunner tasks, Runnable changed) {
        this.register = register;
        this.tasks = tasks;
        this.changed = changed;
    }

    void vehicleForm(UUID vehicleId, Consumer<VehicleForm> show, Consumer<Throwable> failed) {
        tasks.run(
                "vehicle form",
                () -> {
                    Optional<Vehicle> v = vehicleId == null ? Optional.empty() : register.vehicle(vehicleId);
                    UUID driver = v.map(Vehicle::driverId).orElse(null);
                    return new VehicleForm(v, register.garages(), register.drivers(driver));
                },
                show,
                failed);
    }

    void saveVehicle(
            Vehicle editing, VehicleDraft draft, Consumer<Optional<Vehicle>> done, Consumer<Throwable> failed) {
        tasks.run(
                "save vehicle",
                () -> editing == null
                        ? Optional.of(register.createVehicle(draft))
                        : register.saveVehicle(editing.id(), editing.version(), draft),
                saved -> {
                    done.accept(saved);
                    changed.run();
                },
                failed);
    }

    void removeVehicle(Vehicle v, Consumer<RegisterService.Removal> done, Consumer<Throwable> failed) {
        tasks.run(
                "remove vehicle",
                () -> register.removeVehicle(v),
                r -> {
                    done.accept(r);
                    changed.run();
                },
                failed);
    }

    void garages(Consumer<List<RegisterService.GarageRow>> show, Consumer<Throwable> failed) {
        tasks.run("garages", register::garages, show, failed);
    }

    /** Creates ({@code editing} null) or saves a garage; empty on a conflict. */
    void saveGarage(
            Garage editing, String name, String address, Consumer<Optional<Garage>> done, Consumer<Throwable> failed) {
        tasks.run(
                "save garage",
                () -> editing == null
                        ? Optional.of(register.createGarage(name, address))
                        : register.saveGarage(editing, name, address),
                saved -> {
                    done.accept(saved);
                    changed.run();
                },
                failed);
    }

    void removeGarage(Garage g, Consumer<Boolean> done, Consumer<Throwable> failed) {
        tasks.run(
                "remove garage",
                () -> register.removeGarage(g),
                r -> {
                    done.accept(r);
                    changed.run();
                },
                failed);
    }
}
