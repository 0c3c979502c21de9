package io.plantdesk.sewing.ui.runs;

import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.Bundle;
import io.plantdesk.sewing.CuttingDraft;
import io.plantdesk.sewing.CuttingRow;
import io.plantdesk.sewing.CuttingService;
import io.plantdesk.sewing.PlantPerson;
import io.plantdesk.sewing.RunRow;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen run's cutting: its lays, the form that records or corrects one, and "Make bundles"
 * for a saved lay not yet cut into bundles. Like the run form, a save is checked field by field
 * first and a refusal (a rule, another planner's save in between) keeps everything typed and says
 * why; after "someone else changed it" the form takes the lay's new version.
 */
public final class CuttingViewModel {

    private final CuttingService cutting;
    private final TaskRunner tasks;
    private final Clock clock;
    private final BiFunction<String, Object[], String> text;
    private final ObservableList<CuttingRow> lays = FXCollections.observableArrayList();
    private final ObservableList<PlantPerson> cutters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunRow> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CuttingRow> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bundleMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keepsPieces = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canBundle = new ReadOnlyBooleanWrapper();
    private final LoadState load = new LoadState();
    private final LayEdit form;
    private final BundleEdit bundles;

    private record Loaded(List<CuttingRow> lays, List<PlantPerson> cutters) {}

    public CuttingViewModel(
            CuttingService cutting, TaskRunner tasks, Clock clock, BiFunction<String, Object[], String> text) {
        this.cutting = cutting;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.form = new LayEdit(text);
        this.bundles = new BundleEdit(text);
        form.clear(1, now());
        // No run chosen yet: nothing to load (a LOADING start would keep a spinner up for good).
        load.loaded(true);
    }

    /** The run whose cutting is shown (null: none chosen, or a new run not saved yet). */
    public void show(RunRow r) {
        RunRow was = run.get();
        run.set(r);
        if (r != null && was != null && was.id().equals(r.id())) {
            return; // the same run saved again: its lays and what is typed stay
        }
        lays.clear();
        editing.set(null);
        message.set("");
        bundleMessage.set("");
        if (r == null) {
            load.loaded(true);
            return;
        }
        load.loading();
        tasks.latest(
                "sewing.cutting.lays",
                () -> new Loaded(cutting.ofRun(r.id()), cutting.cutters()),
                got -> {
                    if (run.get() == null || !run.get().id().equals(r.id())) {
                        return;
                    }
                    cutters.setAll(got.cutters());
                    lays.setAll(got.lays());
                    load.loaded(lays.isEmpty());
                    newLay();
                },
                load::failed);
    }

    /** Reads the run's lays again, keeping the form as it is. */
    private void reload(Runnable then) {
        RunRow r = run.get();
        if (r == null) {
            return;
        }
        tasks.latest(
                "sewing.cutting.lays",
                () -> cutting.ofRun(r.id()),
                got -> {
                    lays.setAll(got);
                    load.loaded(lays.isEmpty());
                    then.run();
                },
                e -> {
                    saving.set(false);
                    load.failed(e);
                });
    }

    /** An empty form for the run's next lay. */
    public void newLay() {
        editing.set(null);
        keepsPieces.set(false);
        canBundle.set(false);
        message.set("");
        bundleMessage.set("");
        form.clear(lays.stream().mapToInt(CuttingRow::layNo).max().orElse(0) + 1, now());
        bundles.clear();
    }

    /** The chosen lay in the form, to correct or to cut into bundles. */
    public void edit(CuttingRow lay) {
        if (lay == null) {
            return;
        }
        editing.set(lay);
        keepsPieces.set(lay.bundles() > 0);
        canBundle.set(lay.bundles() == 0);
        message.set(lay.bundles() > 0 ? text.apply("cut.has.bundles", new Object[] {lay.layNo(), lay.bundles()}) : "");
        bundleMessage.set("");
        form.show(lay, cutters, clock.getZone());
        bundles.clear();
    }

    /** Checks the form, then records or saves the lay; on a refusal the form keeps every value. */
    public void save() {
        RunRow r = run.get();
        if (saving.get() || r == null) {
            return;
        }
        CuttingRow was = editing.get();
        List<CuttingRow> others = lays.stream()
                .filter(l -> was == null || !l.id().equals(was.id()))
                .toList();
        Optional<CuttingDraft> checked = form.check(r.id(), others, cutters, clock.getZone());
        if (checked.isEmpty()) {
            message.set(text.apply("cut.check.fix", new Object[0]));
            return;
        }
        CuttingDraft d = checked.get();
        saving.set(true);
        message.set("");
        tasks.run(
                "sewing.cutting.save",
                () -> was == null ? cutting.create(d) : cutting.update(was.id(), was.version(), d),
                saved -> {
                    saving.set(false);
                    reload(() -> {
                        edit(saved);
                        message.set(
                                text.apply(was == null ? "cut.created" : "cut.saved", new Object[] {saved.layNo()}));
                    });
                },
                e -> {
                    if (was != null && CuttingService.isStale(e)) {
                        // Theirs in the list, ours kept in the form over their version; Save
                        // waits for that version, so a second save really goes over theirs.
                        reload(() -> {
                            lays.stream()
                                    .filter(l -> l.id().equals(was.id()))
                                    .findFirst()
                                    .ifPresent(editing::set);
                            saving.set(false);
                            message.set(ErrorText.of(e));
                        });
                        return;
                    }
                    saving.set(false);
                    message.set(ErrorText.of(e));
                });
    }

    /** Cuts the saved lay into bundles once the sizes add up to its pieces. */
    public void makeBundles() {
        CuttingRow lay = editing.get();
        if (saving.get() || lay == null || lay.bundles() > 0) {
            return;
        }
        Optional<BundleEdit.Checked> checked = bundles.check(lay.layNo(), lay.piecesCut());
        if (checked.isEmpty()) {
            bundleMessage.set(text.apply("cut.bundles.fix", new Object[0]));
            return;
        }
        BundleEdit.Checked c = checked.get();
        saving.set(true);
        bundleMessage.set("");
        tasks.run(
                "sewing.cutting.bundles",
                () -> cutting.makeBundles(lay.id(), c.sizes(), c.bundleSize()),
                made -> {
                    saving.set(false);
                    int first = made.stream().mapToInt(Bundle::ticket).min().orElse(0);
                    int last = made.stream().mapToInt(Bundle::ticket).max().orElse(0);
                    reload(() -> {
                        lays.stream()
                                .filter(l -> l.id().equals(lay.id()))
                                .findFirst()
                                .ifPresent(this::edit);
                        bundleMessage.set(
                                text.apply("cut.bundles.made", new Object[] {made.size(), lay.layNo(), first, last}));
                    });
                },
                e -> {
                    saving.set(false);
                    bundleMessage.set(ErrorText.of(e));
                });
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    LayEdit form() {
        return form;
    }

    BundleEdit bundles() {
        return bundles;
    }

    public ObservableList<CuttingRow> lays() {
        return lays;
    }

    public ObservableList<PlantPerson> cutters() {
        return cutters;
    }

    public ReadOnlyObjectProperty<RunRow> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** The lay in the form, or null while a new one is being typed. */
    public ReadOnlyObjectProperty<CuttingRow> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bundleMessageProperty() {
        return bundleMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True for a lay cut into bundles: its pieces stay as the bundles carry them (V125). */
    public ReadOnlyBooleanProperty keepsPiecesProperty() {
        return keepsPieces.getReadOnlyProperty();
    }

    /** True for a saved lay without bundles: "Make bundles" may cut it. */
    public ReadOnlyBooleanProperty canBundleProperty() {
        return canBundle.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
