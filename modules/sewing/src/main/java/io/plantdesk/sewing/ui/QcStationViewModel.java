package io.plantdesk.sewing.ui;

import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.DefectCode;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.QcBundle;
import io.plantdesk.sewing.QualityService;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * A QC checkpoint: the inspector scans (or types) a bundle's code, the screen looks the bundle up
 * and offers its style's operations with who sewed each (the QC checkpoint, else the last one,
 * chosen), and the inspector enters pieces checked, defective pieces and defects by code. The
 * entries are checked here first ({@link QcForm}); a refused or failed save keeps everything
 * typed. Checks and rework go through the person's outbox ({@link QcStationActions}), so the
 * checkpoint keeps recording when the server is away.
 */
public final class QcStationViewModel {

    /** An operation of the bundle's style (or, offline, of any style), with who scanned the bundle for it. */
    public record StepChoice(ScanStationViewModel.OperationChoice choice, UUID sewnBy, String sewnByName) {}

    /** One defect code's count, as typed. */
    public record DefectEntry(DefectCode code, StringProperty count) {}

    private record Lists(
            List<LineMember> operators,
            List<ScanStationViewModel.OperationChoice> operations,
            List<DefectCode> codes,
            Instant asOf) {}

    private final QualityService quality;
    private final FloorSetupService setup;
    private final TaskRunner tasks;
    private final Optional<FloorSync> sync;
    private final Messages m;
    final QcStationActions actions;
    private final ObservableList<LineMember> operators = FXCollections.observableArrayList();
    private final ObservableList<StepChoice> steps = FXCollections.observableArrayList();
    private final ObservableList<DefectEntry> defects = FXCollections.observableArrayList();
    private List<ScanStationViewModel.OperationChoice> allOperations = List.of();
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<QcBundle> bundle = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<StepChoice> step = new SimpleObjectProperty<>();
    private final ObjectProperty<LineMember> operator = new SimpleObjectProperty<>();
    private final StringProperty checked = new SimpleStringProperty("");
    private final StringProperty defective = new SimpleStringProperty("0");
    private final ReadOnlyObjectWrapper<QcForm.Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> lookupNote = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> shownAsOf = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();

    /** @param sync the person's outbox: checks and rework wait there while the server is away */
    public QcStationViewModel(
            QualityService quality,
            FloorSetupService setup,
            TaskRunner tasks,
            UUID inspector,
            Optional<FloorSync> sync,
            Messages m) {
        this.quality = quality;
        this.setup = setup;
        this.tasks = tasks;
        this.sync = sync;
        this.m = m;
        this.actions = new QcStationActions(this, quality, tasks, inspector, sync, m);
        // Picking an operation names who sewed it (the inspector may still change it).
        step.addListener((o, was, now) -> operator.set(
                now == null || now.sewnBy() == null
                        ? null
                        : operators.stream()
                                .filter(p -> p.personId().equals(now.sewnBy()))
                                .findFirst()
                                .orElse(null)));
    }

    public void refresh() {
        if (defects.isEmpty() && operators.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "sewing.qc.lists",
                this::lists,
                l -> {
                    shownAsOf.set(l.asOf());
                    LineMember keep = operator.get();
                    operators.setAll(l.operators());
                    operator.set(
                            keep == null
                                    ? null
                                    : operators.stream()
                                            .filter(p -> p.personId().equals(keep.personId()))
                                            .findFirst()
                                            .orElse(null));
                    allOperations = l.operations();
                    // The counters stay as they are (focus and what is typed) unless the codes changed.
                    if (defects.stream().map(DefectEntry::code).toList().equals(l.codes())) {
                        load.loaded(l.operations().isEmpty());
                        return;
                    }
                    Map<UUID, String> typed = defects.stream()
                            .collect(Collectors.toMap(
                                    d -> d.code().id(),
                                    d -> d.count().get() == null
                                            ? ""
                                            : d.count().get()));
                    defects.setAll(l.codes().stream()
                            .map(c -> new DefectEntry(c, new SimpleStringProperty(typed.getOrDefault(c.id(), ""))))
                            .toList());
                    load.loaded(l.operations().isEmpty());
                },
                load::failed);
    }

    private Lists lists() {
        try {
            Map<UUID, String> styles = setup.styles().stream().collect(Collectors.toMap(Style::id, Style::code));
            List<ScanStationViewModel.OperationChoice> ops = setup.allOperations().stream()
                    .map(o -> new ScanStationViewModel.OperationChoice(o, styles.getOrDefault(o.styleId(), "")))
                    .toList();
            Lists live = new Lists(setup.allMembers(), ops, quality.defectCodes(), null);
            sync.ifPresent(s -> keep(s, live));
            return live;
        } catch (RuntimeException e) {
            if (sync.isEmpty() || !FloorSync.serverAway(e)) {
                throw e;
            }
            var cached = ScanStationCache.load(sync.get().cache()).orElseThrow(() -> e);
            List<DefectCode> codes = QcStationCache.load(sync.get().cache()).orElse(List.of());
            return new Lists(cached.operators(), cached.operations(), codes, cached.asOf());
        }
    }

    private static void keep(FloorSync s, Lists live) {
        try {
            Instant now = Instant.now();
            ScanStationCache.save(s.cache(), live.operators(), live.operations(), now);
            QcStationCache.save(s.cache(), live.codes(), now);
        } catch (RuntimeException cacheFailed) {
            LoggerFactory.getLogger(QcStationViewModel.class)
                    .warn("The QC checkpoint's choices could not be cached on this computer", cacheFailed);
        }
    }

    /**
     * The scanner's Enter in the code field: looks the bundle up. Offline, the inspector picks the
     * operation from every style's and the server finds who sewed it when the check arrives.
     */
    public void lookUp() {
        String typed = code.get() == null ? "" : code.get().strip();
        if (typed.isEmpty()) {
            problem.set(new QcForm.Problem(QcForm.Field.CODE, m.get("qc.problem.code")));
            return;
        }
        tasks.latest(
                "sewing.qc.lookup",
                () -> quality.forCheck(typed),
                b -> {
                    bundle.set(b);
                    Map<UUID, String> styleCodes =
                            Map.of(b.bundle().styleId(), b.bundle().styleCode());
                    steps.setAll(b.steps().stream()
                            .map(s -> new StepChoice(
                                    new ScanStationViewModel.OperationChoice(
                                            s.operation(),
                                            styleCodes.get(s.operation().styleId())),
                                    s.operatorId(),
                                    s.operatorName()))
                            .toList());
                    step.set(b.defaultStep()
                            .flatMap(d -> steps.stream()
                                    .filter(s -> s.choice()
                                            .operation()
                                            .id()
                                            .equals(d.operation().id()))
                                    .findFirst())
                            .orElse(null));
                    checked.set(Integer.toString(b.bundle().quantity()));
                    lookupNote.set(null);
                    problem.set(null);
                },
                e -> {
                    bundle.set(null);
                    if (sync.isPresent() && FloorSync.serverAway(e)) {
                        steps.setAll(allOperations.stream()
                                .map(c -> new StepChoice(c, null, null))
                                .toList());
                        step.set(null);
                        lookupNote.set(m.get("qc.offline.lookup", typed));
                        problem.set(null);
                    } else {
                        steps.clear();
                        lookupNote.set(null);
                        problem.set(new QcForm.Problem(QcForm.Field.CODE, ErrorText.of(e)));
                    }
                });
    }

    /** Records the check (the station's Save); see {@link QcStationActions#record}. */
    public void record() {
        actions.record();
    }

    /** Records rework of the check chosen in the recent list; see {@link QcStationActions#rework}. */
    public void rework() {
        actions.rework();
    }

    /** Ready for the next bundle: the code, the counts and the bundle go; the lists stay. */
    void clearForNext() {
        code.set("");
        bundle.set(null);
        steps.clear();
        step.set(null);
        checked.set("");
        defective.set("0");
        defects.forEach(d -> d.count().set(""));
        lookupNote.set(null);
    }

    void problem(QcForm.Problem p) {
        problem.set(p);
    }

    public ObservableList<LineMember> operators() {
        return operators;
    }

    public ObservableList<StepChoice> steps() {
        return steps;
    }

    public ObservableList<DefectEntry> defects() {
        return defects;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<QcBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    public ObjectProperty<StepChoice> stepProperty() {
        return step;
    }

    /** Who sewed the operation checked; null leaves it to the server (whoever scanned the bundle for it). */
    public ObjectProperty<LineMember> operatorProperty() {
        return operator;
    }

    public StringProperty checkedProperty() {
        return checked;
    }

    public StringProperty defectiveProperty() {
        return defective;
    }

    /** What stops the save or the lookup, in plant words, with the field to fix; null when nothing does. */
    public ReadOnlyObjectProperty<QcForm.Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Said when the bundle could not be looked up because the server is away; null otherwise. */
    public ReadOnlyObjectProperty<String> lookupNoteProperty() {
        return lookupNote.getReadOnlyProperty();
    }

    /** When the lists on screen were loaded, while they come from the cache; null when live. */
    public ReadOnlyObjectProperty<Instant> shownAsOfProperty() {
        return shownAsOf.getReadOnlyProperty();
    }

    public QcStationActions actions() {
        return actions;
    }

    public LoadState load() {
        return load;
    }
}
