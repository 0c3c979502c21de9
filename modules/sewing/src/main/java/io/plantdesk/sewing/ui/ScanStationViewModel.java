package io.plantdesk.sewing.ui;

import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.sewing.FloorSetupService;
import io.plantdesk.sewing.LineMember;
import io.plantdesk.sewing.Operation;
import io.plantdesk.sewing.ScanRequest;
import io.plantdesk.sewing.ScanResult;
import io.plantdesk.sewing.ScanService;
import io.plantdesk.sewing.SewingActionTypes;
import io.plantdesk.sewing.Style;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
 * The scan station: who sews (an operator picks themselves), which operation, and the code the
 * scanner types. Each scan gets a fresh idempotency key; the code is cleared after every answer so
 * the next bundle can be scanned at once, and what the scanner typed is shown in the outcome.
 */
public final class ScanStationViewModel {

    /** An operation with its style's code, for the list. */
    public record OperationChoice(Operation operation, String styleCode) {}

    /**
     * The last scan's answer: a recorded scan, the sentence that refused it, the code kept on this
     * computer for the server (offline), or none of them (pick who and what first).
     */
    public record Outcome(ScanResult result, String refusal, String queued) {
        public Outcome(ScanResult result, String refusal) {
            this(result, refusal, null);
        }

        public boolean needsChoice() {
            return result == null && refusal == null && queued == null;
        }
    }

    /** @param asOf when these were loaded from the server, when they come from the cache; null when live */
    private record Lists(List<LineMember> operators, List<OperationChoice> operations, Instant asOf) {}

    private final ScanService scans;
    private final FloorSetupService setup;
    private final TaskRunner tasks;
    private final UUID me;
    private final Optional<FloorSync> sync;
    private final ObservableList<LineMember> operators = FXCollections.observableArrayList();
    private final ObservableList<OperationChoice> operations = FXCollections.observableArrayList();
    private final ObjectProperty<LineMember> operator = new SimpleObjectProperty<>();
    private final ObjectProperty<OperationChoice> operation = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ScanResult> recent = FXCollections.observableArrayList();
    private final LoadState load = new LoadState();
    private final ReadOnlyObjectWrapper<Instant> shownAsOf = new ReadOnlyObjectWrapper<>();

    /** @param me the person at the station: preselected when they sew on a line */
    public ScanStationViewModel(ScanService scans, FloorSetupService setup, TaskRunner tasks, UUID me) {
        this(scans, setup, tasks, me, Optional.empty());
    }

    /** @param sync the person's outbox: scans wait there while the server is away (see FloorSync#sendOrQueue) */
    public ScanStationViewModel(
            ScanService scans, FloorSetupService setup, TaskRunner tasks, UUID me, Optional<FloorSync> sync) {
        this.sync = sync;
        this.scans = scans;
        this.setup = setup;
        this.tasks = tasks;
        this.me = me;
    }

    public void refresh() {
        if (operators.isEmpty()) {
            load.loading();
        }
        tasks.latest(
                "sewing.scan.lists",
                this::lists,
                lists -> {
                    shownAsOf.set(lists.asOf());
                    LineMember keepOperator = operator.get();
                    OperationChoice keepOperation = operation.get();
                    operators.setAll(lists.operators());
                    operations.setAll(lists.operations());
                    operator.set(pick(
                            operators,
                            keepOperator,
                            LineMember::personId,
                            operators.stream()
                                    .filter(p -> p.personId().equals(me))
                                    .findFirst()
                                    .orElse(null)));
                    operation.set(
                            pick(operations, keepOperation, c -> c.operation().id(), null));
                    load.loaded(operators.isEmpty() || operations.isEmpty());
                },
                load::failed);
    }

    /** From the server, kept in the cache for later; from the cache when the server is away. */
    private Lists lists() {
        try {
            Map<UUID, String> styles = setup.styles().stream().collect(Collectors.toMap(Style::id, Style::code));
            List<OperationChoice> ops = setup.allOperations().stream()
                    .map(o -> new OperationChoice(o, styles.getOrDefault(o.styleId(), "")))
                    .toList();
            Lists live = new Lists(setup.allMembers(), ops, null);
            sync.ifPresent(s -> keep(s, live));
            return live;
        } catch (RuntimeException e) {
            if (sync.isEmpty() || !FloorSync.serverAway(e)) {
                throw e;
            }
            return ScanStationCache.load(sync.get().cache())
                    .map(c -> new Lists(c.operators(), c.operations(), c.asOf()))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * The cache is a convenience for later: an unreadable outbox file (which the status bar
     * already reports in words) must not keep the live lists off the screen.
     */
    private static void keep(FloorSync s, Lists live) {
        try {
            ScanStationCache.save(s.cache(), live.operators(), live.operations(), Instant.now());
        } catch (RuntimeException cacheFailed) {
            LoggerFactory.getLogger(ScanStationViewModel.class)
                    .warn("The scan station's choices could not be cached on this computer", cacheFailed);
        }
    }

    private static <T> T pick(List<T> items, T kept, Function<T, UUID> id, T otherwise) {
        if (kept != null) {
            return items.stream()
                    .filter(i -> id.apply(i).equals(id.apply(kept)))
                    .findFirst()
                    .orElse(otherwise);
        }
        return otherwise;
    }

    /** The scanner's Enter: records the scan with a new key; the answer arrives in {@link #outcomeProperty()}. */
    public void submit() {
        String typed = code.get() == null ? "" : code.get().strip();
        if (typed.isEmpty()) {
            return;
        }
        code.set("");
        if (operator.get() == null || operation.get() == null) {
            outcome.set(new Outcome(null, null));
            return;
        }
        ScanRequest request = new ScanRequest(
                UUID.randomUUID(),
                typed,
                operation.get().operation().id(),
                operator.get().personId(),
                null,
                null,
                null);
        // Offline the scan keeps its time on the floor (the replay may come an hour later).
        var queued = SewingActionTypes.scan(
                request, operation.get().operation().name(), operator.get().displayName(), OffsetDateTime.now());
        tasks.run(
                "sewing.scan",
                () -> sync.isEmpty()
                        ? Optional.of(scans.scan(request))
                        : sync.get()
                                .sendOrQueue(request.key(), SewingActionTypes.SCAN, queued, () -> scans.scan(request)),
                r -> {
                    if (r.isEmpty()) {
                        outcome.set(new Outcome(null, null, typed));
                        return;
                    }
                    outcome.set(new Outcome(r.get(), null));
                    recent.addFirst(r.get());
                    if (recent.size() > 20) {
                        recent.removeLast();
                    }
                },
                e -> outcome.set(new Outcome(null, ErrorText.of(e))));
    }

    public ObservableList<LineMember> operators() {
        return operators;
    }

    public ObservableList<OperationChoice> operations() {
        return operations;
    }

    public ObjectProperty<LineMember> operatorProperty() {
        return operator;
    }

    public ObjectProperty<OperationChoice> operationProperty() {
        return operation;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ObservableList<ScanResult> recent() {
        return recent;
    }

    /** When the choices on screen were loaded, while they come from the cache (server away); null when live. */
    public ReadOnlyObjectProperty<Instant> shownAsOfProperty() {
        return shownAsOf.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
