package io.plantdesk.sewing.ui;

import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.QcBundle;
import io.plantdesk.sewing.QcCheckRequest;
import io.plantdesk.sewing.QualityActionTypes;
import io.plantdesk.sewing.QualityService;
import io.plantdesk.sewing.ReworkRequest;
import io.plantdesk.sewing.SewingText;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The QC checkpoint's two writes: a check, and rework of a check's defective pieces later. Each
 * gets a fresh client key and goes straight to the server when it answers, otherwise into the
 * person's outbox under the same key (FloorSync#sendOrQueue), which replays it exactly once.
 */
public final class QcStationActions {

    /**
     * A check this station recorded (or kept for the server), for the recent list and for rework.
     *
     * @param key      the check's client key (a queued rework names its check by it)
     * @param sewnBy   who sewed the operation; null when the server finds them (offline)
     * @param queued   kept on this computer for the server
     * @param reworked pieces of it recorded as reworked from this station
     */
    public record RecordedCheck(
            UUID key,
            String qrCode,
            String bundleLabel,
            UUID operationId,
            String operation,
            UUID sewnBy,
            String sewnByName,
            int checked,
            int defective,
            int defects,
            OffsetDateTime at,
            boolean queued,
            int reworked) {

        RecordedCheck reworked(int pieces) {
            return new RecordedCheck(
                    key,
                    qrCode,
                    bundleLabel,
                    operationId,
                    operation,
                    sewnBy,
                    sewnByName,
                    checked,
                    defective,
                    defects,
                    at,
                    queued,
                    reworked + pieces);
        }
    }

    private final QcStationViewModel vm;
    private final QualityService quality;
    private final TaskRunner tasks;
    private final UUID inspector;
    private final Optional<FloorSync> sync;
    private final Messages m;
    private final ObservableList<RecordedCheck> recent = FXCollections.observableArrayList();
    private final ObjectProperty<RecordedCheck> reworkOf = new SimpleObjectProperty<>();
    private final StringProperty reworkPieces = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> answer = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty sending = new SimpleBooleanProperty(false);

    QcStationActions(
            QcStationViewModel vm,
            QualityService quality,
            TaskRunner tasks,
            UUID inspector,
            Optional<FloorSync> sync,
            Messages m) {
        this.vm = vm;
        this.quality = quality;
        this.tasks = tasks;
        this.inspector = inspector;
        this.sync = sync;
        this.m = m;
        // The pieces to mend default to what the chosen check found defective.
        reworkOf.addListener((o, was, now) ->
                reworkPieces.set(now == null ? "" : Integer.toString(Math.max(0, now.defective() - now.reworked()))));
    }

    /** Checks what was typed, then records the check; nothing typed is lost when it fails. */
    void record() {
        if (sending.get()) {
            return;
        }
        String typed =
                vm.codeProperty().get() == null ? "" : vm.codeProperty().get().strip();
        if (typed.isEmpty()) {
            vm.problem(new QcForm.Problem(QcForm.Field.CODE, m.get("qc.problem.code")));
            return;
        }
        QcStationViewModel.StepChoice step = vm.stepProperty().get();
        if (step == null) {
            vm.problem(new QcForm.Problem(QcForm.Field.OPERATION, m.get("qc.problem.operation")));
            return;
        }
        QcBundle b = vm.bundleProperty().get();
        if (b != null && !b.bundle().qrCode().equals(typed)) {
            // The code was changed after the lookup: the operations shown are another bundle's.
            vm.problem(new QcForm.Problem(QcForm.Field.CODE, m.get("qc.problem.lookup")));
            return;
        }
        LineMember who = vm.operatorProperty().get();
        if (who == null && b != null && step.sewnBy() == null) {
            vm.problem(new QcForm.Problem(
                    QcForm.Field.OPERATOR,
                    m.get("qc.problem.operator", step.choice().operation().name())));
            return;
        }
        var outcome = QcForm.check(
                m,
                vm.checkedProperty().get(),
                vm.defectiveProperty().get(),
                vm.defects().stream()
                        .map(d -> new QcForm.Count(d.code(), d.count().get()))
                        .toList(),
                b == null ? 0 : b.bundle().quantity());
        if (outcome.problem() != null) {
            vm.problem(outcome.problem());
            return;
        }
        var v = outcome.valid();
        UUID operatorId = who == null ? step.sewnBy() : who.personId();
        String operatorName = who == null ? step.sewnByName() : who.displayName();
        OffsetDateTime at = OffsetDateTime.now();
        QcCheckRequest r = new QcCheckRequest(
                UUID.randomUUID(),
                typed,
                step.choice().operation().id(),
                operatorId,
                inspector,
                v.checked(),
                v.defective(),
                v.defectsByCode(),
                at);
        String defectsLabel = vm.defects().stream()
                .filter(d -> v.defectsByCode().containsKey(d.code().id()))
                .map(d -> m.get(
                        "qc.defect.count",
                        v.defectsByCode().get(d.code().id()),
                        d.code().code(),
                        d.code().name()))
                .collect(Collectors.joining(", "));
        var payload = QualityActionTypes.check(
                r, step.choice().operation().name(), operatorName == null ? "" : operatorName, defectsLabel, at);
        String bundleLabel = b == null ? typed : Integer.toString(b.bundle().ticket());
        sending.set(true);
        tasks.run(
                "sewing.qc.check",
                () -> sync.isEmpty()
                        ? Optional.of(quality.check(r))
                        : sync.get().sendOrQueue(r.key(), QualityActionTypes.QC_CHECK, payload, () -> quality.check(r)),
                id -> {
                    sending.set(false);
                    RecordedCheck done = new RecordedCheck(
                            r.key(),
                            typed,
                            bundleLabel,
                            r.operationId(),
                            step.choice().operation().name(),
                            operatorId,
                            operatorName,
                            v.checked(),
                            v.defective(),
                            v.defects(),
                            at,
                            id.isEmpty(),
                            0);
                    recent.addFirst(done);
                    if (recent.size() > 30) {
                        recent.removeLast();
                    }
                    answer.set(m.get(
                            id.isEmpty() ? "qc.queued" : "qc.recorded",
                            bundleLabel,
                            step.choice().operation().name(),
                            v.checked(),
                            v.defective(),
                            v.defects()));
                    vm.problem(null);
                    vm.clearForNext();
                    if (v.defective() > 0) {
                        reworkOf.set(done);
                    }
                },
                e -> {
                    sending.set(false);
                    vm.problem(new QcForm.Problem(QcForm.Field.CODE, ErrorText.of(e)));
                });
    }

    /** Records pieces of the chosen check as reworked (mended by who sewed them). */
    void rework() {
        RecordedCheck c = reworkOf.get();
        if (c == null) {
            vm.problem(new QcForm.Problem(QcForm.Field.REWORK, m.get("qc.problem.rework.choose")));
            return;
        }
        QcForm.Problem p = QcForm.reworkProblem(m, reworkPieces.get(), c.defective() - c.reworked());
        if (p != null) {
            vm.problem(p);
            return;
        }
        int pieces = Integer.parseInt(reworkPieces.get().strip());
        OffsetDateTime at = OffsetDateTime.now();
        ReworkRequest r =
                new ReworkRequest(UUID.randomUUID(), c.qrCode(), c.operationId(), c.sewnBy(), null, pieces, at);
        var payload =
                QualityActionTypes.rework(r, c.key(), c.operation(), c.sewnByName() == null ? "" : c.sewnByName(), at);
        tasks.run(
                "sewing.qc.rework",
                () -> sync.isEmpty()
                        ? Optional.of(direct(r, c.key()))
                        : sync.get().sendOrQueue(r.key(), QualityActionTypes.REWORK, payload, () -> direct(r, c.key())),
                done -> {
                    int at2 = recent.indexOf(c);
                    RecordedCheck now = c.reworked(pieces);
                    if (at2 >= 0) {
                        recent.set(at2, now);
                    }
                    reworkOf.set(now.defective() > now.reworked() ? now : null);
                    answer.set(
                            m.get(done.isEmpty() ? "qc.rework.queued" : "qc.rework.recorded", pieces, c.bundleLabel()));
                    vm.problem(null);
                },
                e -> vm.problem(new QcForm.Problem(QcForm.Field.REWORK, ErrorText.of(e))));
    }

    /** Straight to the server: the check is found by its key (it may have been queued and delivered since). */
    private Boolean direct(ReworkRequest r, UUID checkKey) {
        UUID checkId = quality.checkOf(checkKey).orElseThrow(() -> SewingText.error("qc.check.not.found"));
        return quality.rework(
                new ReworkRequest(r.key(), r.qrCode(), r.operationId(), r.operatorId(), checkId, r.pieces(), r.at()));
    }

    public ObservableList<RecordedCheck> recent() {
        return recent;
    }

    /** The check whose pieces the rework row records (the last one with defective pieces, or the one picked). */
    public ObjectProperty<RecordedCheck> reworkOfProperty() {
        return reworkOf;
    }

    public StringProperty reworkPiecesProperty() {
        return reworkPieces;
    }

    /** The last write's answer in words; null before the first. */
    public ReadOnlyObjectProperty<String> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** True while a check is on its way (the Save button waits). */
    public BooleanProperty sendingProperty() {
        return sending;
    }
}
