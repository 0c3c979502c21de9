package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.assets.AssetBrowser;
import io.plantdesk.maintenance.assets.AssetHistoryRow;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.maintenance.assets.HistoryPage;
import io.plantdesk.maintenance.assets.MeterReading;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The asset tree: the sites, a branch's children when it opens, and for the chosen asset its
 * meters, the chosen meter's readings and its work-order history a page at a time. All I/O on
 * the TaskRunner; a newer choice replaces the older one's load.
 */
public final class AssetsViewModel {

    public static final int PAGE = 50;
    public static final int READINGS = 50;

    private final AssetBrowser browser;
    private final AssetService assets;
    private final TaskRunner tasks;
    private final ObservableList<AssetNode> sites = FXCollections.observableArrayList();
    private final ObjectProperty<AssetNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<Meter> meters = FXCollections.observableArrayList();
    private final ObjectProperty<Meter> selectedMeter = new SimpleObjectProperty<>();
    private final ObservableList<MeterReading> readings = FXCollections.observableArrayList();
    private final ObservableList<AssetHistoryRow> history = FXCollections.observableArrayList();
    private final IntegerProperty historyOffset = new SimpleIntegerProperty();
    private final BooleanProperty historyMore = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final LoadState load = new LoadState();

    public AssetsViewModel(AssetBrowser browser, AssetService assets, TaskRunner tasks) {
        this.browser = browser;
        this.assets = assets;
        this.tasks = tasks;
        selected.addListener((o, a, b) -> {
            historyOffset.set(0);
            details();
        });
        selectedMeter.addListener((o, a, b) -> loadReadings());
    }

    /** Reloads the sites (the open branches reload themselves when opened again). */
    public void refresh() {
        if (sites.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "assets.sites",
                () -> browser.children(null),
                list -> {
                    sites.setAll(list);
                    load.loaded(list.isEmpty());
                    details();
                },
                load::failed);
    }

    /** Loads a branch's children (when it opens); delivered on the FX thread. */
    public void children(AssetNode parent, Consumer<List<AssetNode>> then) {
        tasks.run("assets.children", () -> browser.children(parent.id()), then, e -> problem.set(ErrorText.of(e)));
    }

    private void details() {
        AssetNode a = selected.get();
        if (a == null) {
            meters.clear();
            history.clear();
            historyMore.set(false);
            return;
        }
        tasks.latest(
                "assets.meters",
                () -> assets.meters(a.id()),
                list -> {
                    meters.setAll(list);
                    selectedMeter.set(list.isEmpty() ? null : list.getFirst());
                },
                e -> problem.set(ErrorText.of(e)));
        page(historyOffset.get());
    }

    private void loadReadings() {
        Meter m = selectedMeter.get();
        if (m == null) {
            readings.clear();
            return;
        }
        tasks.latest(
                "assets.readings",
                () -> browser.readings(m.id(), READINGS),
                readings::setAll,
                e -> problem.set(ErrorText.of(e)));
    }

    private void page(int offset) {
        AssetNode a = selected.get();
        if (a == null) {
            return;
        }
        tasks.latest(
                "assets.history",
                () -> browser.history(a.id(), offset, PAGE),
                (HistoryPage p) -> {
                    history.setAll(p.rows());
                    historyOffset.set(p.offset());
                    historyMore.set(p.more());
                },
                e -> problem.set(ErrorText.of(e)));
    }

    /** Loads the chosen asset's meters, readings and history again (after a reading was recorded). */
    public void reload() {
        details();
    }

    public void olderPage() {
        if (historyMore.get()) {
            page(historyOffset.get() + PAGE);
        }
    }

    public void newerPage() {
        if (historyOffset.get() > 0) {
            page(Math.max(0, historyOffset.get() - PAGE));
        }
    }

    public ObservableList<AssetNode> sites() {
        return sites;
    }

    public ObjectProperty<AssetNode> selectedProperty() {
        return selected;
    }

    public ObservableList<Meter> meters() {
        return meters;
    }

    public ObjectProperty<Meter> selectedMeterProperty() {
        return selectedMeter;
    }

    public ObservableList<MeterReading> readings() {
        return readings;
    }

    public ObservableList<AssetHistoryRow> history() {
        return history;
    }

    public IntegerProperty historyOffsetProperty() {
        return historyOffset;
    }

    public BooleanProperty historyMoreProperty() {
        return historyMore;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public LoadState load() {
        return load;
    }
}
