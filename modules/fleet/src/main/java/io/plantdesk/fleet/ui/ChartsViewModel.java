package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.FiguresService;
import io.plantdesk.fleet.FiguresService.Scope;
import io.plantdesk.fleet.FleetService;
import io.plantdesk.fleet.FleetSettings;
import io.plantdesk.fleet.FuelUnit;
import io.plantdesk.fleet.Garage;
import io.plantdesk.fleet.MonthCost;
import io.plantdesk.fleet.MonthUsage;
import io.plantdesk.fleet.Vehicle;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.widgets.LoadState;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fleet charts' state: whose figures (the whole fleet, a garage, a vehicle), the economy unit
 * the person reads (kept in their settings), and the last twelve months' cost by category and fuel
 * economy, read from the rollups through the TaskRunner.
 */
public final class ChartsViewModel {

    static final int MONTHS = 12;

    /** A choice in the scope picker: the plant, a garage or a vehicle, with what to call it. */
    public record Choice(Scope scope, String garageName, String plate) {}

    private final FleetService fleet;
    private final FiguresService figures;
    private final TaskRunner tasks;
    private final SectionSettings settings;
    private final LoadState load = new LoadState();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final ObjectProperty<FuelUnit> unit = new SimpleObjectProperty<>();
    private final ObservableList<MonthCost> costs = FXCollections.observableArrayList();
    private final ObservableList<MonthUsage> usage = FXCollections.observableArrayList();
    private final ObjectProperty<List<YearMonth>> months = new SimpleObjectProperty<>(List.of());
    private ZoneId zone = ZoneId.systemDefault();

    public ChartsViewModel(FleetService fleet, FiguresService figures, TaskRunner tasks, SectionSettings settings) {
        this.fleet = fleet;
        this.figures = figures;
        this.tasks = tasks;
        this.settings = settings;
        boolean kept = declaresUnit(settings);
        unit.set(kept ? FuelUnit.valueOf(settings.get(FleetSettings.ECONOMY_UNIT)) : FuelUnit.L_PER_100_KM);
        choice.addListener((o, a, b) -> reload());
        unit.addListener((o, a, b) -> {
            if (kept && b != null && a != b) {
                tasks.run(
                        "fleet.unit",
                        () -> {
                            settings.put(FleetSettings.ECONOMY_UNIT, b.name());
                            return b;
                        },
                        ok -> {},
                        load::failed);
            }
        });
    }

    /** A screen opened without the fleet's settings section (a bare test context) shows litres per 100 km and keeps nothing. */
    private static boolean declaresUnit(SectionSettings settings) {
        try {
            settings.get(FleetSettings.ECONOMY_UNIT);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private record Loaded(ZoneId zone, List<Choice> choices) {}

    private record Figures(List<YearMonth> months, List<MonthCost> costs, List<MonthUsage> usage) {}

    /** The plant's garages and vehicles for the picker, then the chosen scope's figures. */
    public void refresh() {
        tasks.latest(
                "fleet.charts.scopes",
                () -> {
                    ZoneId z = fleet.plantZone();
                    List<Choice> all = new ArrayList<>();
                    all.add(new Choice(Scope.plant(), null, null));
                    for (Garage g : fleet.garages()) {
                        all.add(new Choice(Scope.ofGarage(g.id()), g.name(), null));
                    }
                    for (Vehicle v : fleet.vehicles()) {
                        all.add(new Choice(Scope.ofVehicle(v.id()), null, v.plate()));
                    }
                    return new Loaded(z, all);
                },
                l -> {
                    zone = l.zone();
                    Choice was = choice.get();
                    choices.setAll(l.choices());
                    Choice again = was == null
                            ? l.choices().getFirst()
                            : l.choices().stream()
                                    .filter(c -> c.scope().equals(was.scope()))
                                    .findFirst()
                                    .orElse(l.choices().getFirst());
                    if (again.equals(was)) {
                        reload();
                    } else {
                        choice.set(again);
                    }
                },
                load::failed);
    }

    /** Shows a vehicle's figures (the timeline's chosen vehicle), when it is one of the choices. */
    public void showVehicle(UUID vehicle) {
        choices.stream()
                .filter(c -> vehicle.equals(c.scope().vehicle()))
                .findFirst()
                .ifPresent(choice::set);
    }

    void reload() {
        Choice c = choice.get();
        if (c == null) {
            return;
        }
        if (costs.isEmpty() && usage.isEmpty()) {
            load.loading();
        }
        ZoneId z = zone;
        tasks.latest(
                "fleet.charts",
                () -> {
                    YearMonth to = YearMonth.now(z);
                    YearMonth from = to.minusMonths(MONTHS - 1);
                    List<YearMonth> ms = new ArrayList<>();
                    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                        ms.add(m);
                    }
                    return new Figures(
                            ms, figures.costs(c.scope(), from, to, z), figures.usage(c.scope(), from, to, z));
                },
                f -> {
                    months.set(f.months());
                    costs.setAll(f.costs());
                    usage.setAll(f.usage());
                    load.loaded(f.costs().isEmpty() && f.usage().isEmpty());
                },
                load::failed);
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<FuelUnit> unitProperty() {
        return unit;
    }

    public ObservableList<MonthCost> costs() {
        return costs;
    }

    public ObservableList<MonthUsage> usage() {
        return usage;
    }

    /** The months the charts span, oldest first (every month, also those without figures). */
    public ObjectProperty<List<YearMonth>> monthsProperty() {
        return months;
    }

    public ZoneId zone() {
        return zone;
    }

    public LoadState load() {
        return load;
    }
}
