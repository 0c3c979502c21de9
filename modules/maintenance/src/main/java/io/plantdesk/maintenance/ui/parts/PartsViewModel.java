package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.ReorderSuggestion;
import io.plantdesk.maintenance.StockLevel;
import io.plantdesk.maintenance.StockMovement;
import io.plantdesk.maintenance.Vendor;
import io.plantdesk.maintenance.stock.Location;
import io.plantdesk.maintenance.stock.StockLookups;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The parts screen's state: every part (a plant has hundreds, filtered here by code or name and
 * "low stock only"), the chosen part's stock per location and ledger, and the reorder suggestions.
 * I/O on the TaskRunner; fields written on the FX thread.
 */
public final class PartsViewModel {

    /** Days ahead whose PM work the reorder suggestions count. */
    public static final int HORIZON_DAYS = 30;

    private final PartsService parts;
    private final StockLookups lookups;
    private final TaskRunner tasks;
    private final ObservableList<Part> all = FXCollections.observableArrayList();
    private final FilteredList<Part> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty lowOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Part> selected = new SimpleObjectProperty<>();
    private final ObservableList<StockLevel> stock = FXCollections.observableArrayList();
    private final ObservableList<StockMovement> ledger = FXCollections.observableArrayList();
    private final ObservableList<ReorderSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    private final ObservableList<Vendor> vendors = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, String>> names = new SimpleObjectProperty<>(Map.of());
    private final LoadState load = new LoadState();

    public PartsViewModel(PartsService parts, StockLookups lookups, TaskRunner tasks) {
        this.parts = parts;
        this.lookups = lookups;
        this.tasks = tasks;
        search.addListener((o, a, b) -> filter());
        lowOnly.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> details());
    }

    private record Loaded(
            List<Part> parts,
            List<ReorderSuggestion> suggestions,
            List<Location> locations,
            List<Vendor> vendors,
            Map<String, String> names) {}

    public void refresh() {
        if (all.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "parts.all",
                () -> new Loaded(
                        parts.parts(),
                        parts.reorderSuggestions(HORIZON_DAYS),
                        lookups.locations(),
                        parts.vendors(),
                        lookups.names()),
                l -> {
                    UUID keep = selected.get() == null ? null : selected.get().id();
                    all.setAll(l.parts());
                    suggestions.setAll(l.suggestions());
                    locations.setAll(l.locations());
                    vendors.setAll(l.vendors());
                    names.set(l.names());
                    load.loaded(l.parts().isEmpty());
                    selected.set(
                            keep == null
                                    ? null
                                    : all.stream()
                                            .filter(p -> p.id().equals(keep))
                                            .findFirst()
                                            .orElse(null));
                    details();
                },
                load::failed);
    }

    private void filter() {
        String s = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean low = lowOnly.get();
        shown.setPredicate(p -> (!low || p.low())
                && (s.isEmpty()
                        || p.code().toLowerCase(Locale.ROOT).contains(s)
                        || p.name().toLowerCase(Locale.ROOT).contains(s)));
    }

    private void details() {
        Part p = selected.get();
        if (p == null) {
            stock.clear();
            ledger.clear();
            return;
        }
        record Details(List<StockLevel> stock, List<StockMovement> ledger) {}
        tasks.latest(
                "parts.details",
                () -> new Details(parts.stock(p.id()), parts.ledger(p.id())),
                d -> {
                    stock.setAll(d.stock());
                    ledger.setAll(d.ledger());
                },
                e -> ledger.clear());
    }

    /** Receives parts into a location; a refusal comes back as a sentence and nothing is lost. */
    public void receive(
            Part p, Location at, BigDecimal quantity, BigDecimal unitCost, Runnable done, Consumer<String> refused) {
        tasks.run(
                "parts.receive",
                () -> parts.receive(p.id(), at.id(), quantity, unitCost, p.vendorId()),
                id -> {
                    done.run();
                    refresh();
                },
                e -> refused.accept(ErrorText.of(e)));
    }

    /** Corrects a location's count up or down with a reason; below zero is refused by the database. */
    public void adjust(Part p, Location at, BigDecimal delta, String reason, Runnable done, Consumer<String> refused) {
        tasks.run(
                "parts.adjust",
                () -> parts.adjust(p.id(), at.id(), delta, reason),
                id -> {
                    done.run();
                    refresh();
                },
                e -> refused.accept(ErrorText.of(e)));
    }

    /** The name of who made a ledger line (their login if the person is gone). */
    public String who(String login) {
        return login == null ? "" : names.get().getOrDefault(login, login);
    }

    public String locationName(UUID id) {
        return locations.stream()
                .filter(l -> l.id().equals(id))
                .map(Location::name)
                .findFirst()
                .orElse("");
    }

    public FilteredList<Part> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty lowOnlyProperty() {
        return lowOnly;
    }

    public ObjectProperty<Part> selectedProperty() {
        return selected;
    }

    public ObservableList<StockLevel> stock() {
        return stock;
    }

    public ObservableList<StockMovement> ledger() {
        return ledger;
    }

    public ObservableList<ReorderSuggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<Location> locations() {
        return locations;
    }

    /** The plant's vendors by name (the part form's picker, the vendor list). */
    public ObservableList<Vendor> vendors() {
        return vendors;
    }

    public LoadState load() {
        return load;
    }
}
