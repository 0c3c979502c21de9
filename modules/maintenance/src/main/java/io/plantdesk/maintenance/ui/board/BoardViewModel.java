package io.plantdesk.maintenance.ui.board;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogPage;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.MyWorkCache;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.TechnicianActionTypes;
import io.plantdesk.maintenance.TechnicianSender;
import io.plantdesk.maintenance.TechnicianSender.Waiting;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.Workflow;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * The status board: the open work orders (and the completed ones awaiting closing) by status, most
 * urgent first, and the move of a card, checked against the workflow before it is sent.
 */
public final class BoardViewModel {

    /** The board's columns, left to right. Closed and cancelled work is done with: not on the board. */
    public static final List<WorkOrderStatus> COLUMNS = List.of(
            WorkOrderStatus.REQUESTED,
            WorkOrderStatus.APPROVED,
            WorkOrderStatus.SCHEDULED,
            WorkOrderStatus.IN_PROGRESS,
            WorkOrderStatus.ON_HOLD,
            WorkOrderStatus.COMPLETED);
    /** The most cards the board shows; more is a backlog to narrow, not a board to scroll. */
    public static final int LIMIT = 500;

    private final WorkOrderService service;
    private final AssetService assets;
    private final PeopleService people;
    private final TaskRunner tasks;
    private final WorkOrderTexts t;
    private final TechnicianSender sender;
    /** The moves kept on this computer (or refused by the server) by work order, the latest of each. */
    private final ReadOnlyObjectWrapper<Map<UUID, Waiting>> waiting = new ReadOnlyObjectWrapper<>(Map.of());

    private volatile boolean following;
    private final ChecklistService checklists;
    private final PartsService parts;
    private final WorkOrderNotes notes;
    private final UUID me;
    /** When the person's own work was last kept on this computer (FX thread). */
    private Instant kept;
    /** Whether the workflow, people and machines on hand came from the server (not the cache); FX thread. */
    private boolean loadedLive;
    /** When the cards on screen were loaded, while they come from the cache (server away); null when live. */
    private final ReadOnlyObjectWrapper<Instant> shownAsOf = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyObjectWrapper<Map<WorkOrderStatus, List<BacklogRow>>> cards =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlantPeople> plantPeople = new ReadOnlyObjectWrapper<>(PlantPeople.NONE);
    private final ReadOnlyObjectWrapper<Workflow> workflow = new ReadOnlyObjectWrapper<>(Workflow.UNKNOWN);
    private final ObservableList<Asset> machines = FXCollections.observableArrayList();
    private final LoadState load = new LoadState();

    public BoardViewModel(
            WorkOrderService service,
            AssetService assets,
            PeopleService people,
            TaskRunner tasks,
            WorkOrderTexts t,
            TechnicianSender sender,
            ChecklistService checklists,
            PartsService parts,
            WorkOrderNotes notes,
            UUID me) {
        this.parts = parts;
        this.notes = notes;
        this.sender = sender;
        this.checklists = checklists;
        this.me = me;
        this.service = service;
        this.assets = assets;
        this.people = people;
        this.tasks = tasks;
        this.t = t;
    }

    private record Loaded(
            Map<WorkOrderStatus, List<BacklogRow>> cards,
            boolean more,
            Workflow workflow,
            PlantPeople people,
            List<Asset> machines,
            Map<UUID, Waiting> waiting,
            Instant asOf) {}

    /** Loads the cards (and, the first time, the workflow, people and machines). */
    public void load() {
        if (cards.get().isEmpty()) {
            load.loading();
        }
        // Until a load from the server succeeds, the workflow, people and machines come with each one.
        boolean first = !loadedLive;
        tasks.latest(
                "maint.board",
                () -> {
                    BacklogQuery q = BacklogQuery.open()
                            .withStatuses(Set.copyOf(EnumSet.copyOf(COLUMNS)))
                            .withSort(BacklogSort.PRIORITY, false)
                            .withPage(0, LIMIT);
                    if (!following) {
                        following = true;
                        sender.follow(this, BoardViewModel::load);
                    }
                    Map<UUID, Waiting> moves = moves();
                    BacklogPage page;
                    try {
                        page = service.backlog(q);
                    } catch (RuntimeException e) {
                        return fromCache(e, moves);
                    }
                    Map<WorkOrderStatus, List<BacklogRow>> by = byColumn(page.rows(), moves);
                    return first
                            ? new Loaded(
                                    by,
                                    page.hasMore(),
                                    Workflow.load(service),
                                    PlantPeople.load(people),
                                    assets.tree(),
                                    moves,
                                    null)
                            : new Loaded(by, page.hasMore(), null, null, null, moves, null);
                },
                l -> {
                    waiting.set(l.waiting());
                    shownAsOf.set(l.asOf());
                    if (l.asOf() == null) {
                        keepMine();
                    }
                    if (l.workflow() != null && (l.asOf() == null || !loadedLive)) {
                        loadedLive = l.asOf() == null;
                        workflow.set(l.workflow());
                        plantPeople.set(l.people());
                        machines.setAll(l.machines());
                    }
                    truncated.set(l.more());
                    cards.set(Map.copyOf(l.cards()));
                    refusedOffBoard(l);
                    load.loaded(l.cards().values().stream().allMatch(List::isEmpty));
                },
                load::failed);
    }

    /**
     * The server does not answer: the person's own open work as last kept on this computer (with
     * its workflow, people and machines), marked with its time; without a copy, the failure.
     */
    private Loaded fromCache(RuntimeException e, Map<UUID, Waiting> moves) {
        if (sender.sync().isEmpty() || !FloorSync.serverAway(e)) {
            throw e;
        }
        MyWorkCache.Mine m = MyWorkCache.mine(sender.sync().get().cache()).orElseThrow(() -> e);
        return new Loaded(
                byColumn(m.cards(), moves),
                false,
                new Workflow(m.workflow()),
                PlantPeople.of(m.people()),
                m.assets(),
                moves,
                m.asOf());
    }

    /**
     * Keeps the person's own open work on this computer, at most once a minute (a live board
     * reloads on every change in the plant); a failure only means an older copy stays.
     */
    private void keepMine() {
        Instant now = Instant.now();
        if (sender.sync().isEmpty()
                || (kept != null && Duration.between(kept, now).toSeconds() < 60)) {
            return;
        }
        kept = now;
        FloorSync sync = sender.sync().get();
        tasks.latest(
                "maint.board.keep",
                () -> {
                    MyWorkCache.refresh(sync.cache(), service, checklists, assets, people, parts, notes, me, now);
                    return now;
                },
                at -> {},
                e -> LoggerFactory.getLogger(BoardViewModel.class)
                        .warn("The technician's work could not be kept on this computer", e));
    }

    /** The person's status moves in the outbox, the latest for each work order (read from this computer). */
    private Map<UUID, Waiting> moves() {
        Map<UUID, Waiting> m = new HashMap<>();
        for (Waiting w : sender.waiting(p -> true)) {
            if (w.type().equals(TechnicianActionTypes.STATUS)) {
                m.put(UUID.fromString(w.payload().require("workOrder")), w);
            }
        }
        return Map.copyOf(m);
    }

    /** The cards by column; a card whose move waits for the server stands where it is going. */
    static Map<WorkOrderStatus, List<BacklogRow>> byColumn(List<BacklogRow> rows, Map<UUID, Waiting> moves) {
        Map<WorkOrderStatus, List<BacklogRow>> by = new EnumMap<>(WorkOrderStatus.class);
        COLUMNS.forEach(s -> by.put(s, new ArrayList<>()));
        for (BacklogRow r : rows) {
            WorkOrderStatus at = column(r, moves.get(r.id()));
            if (by.containsKey(at)) {
                by.get(at).add(r);
            }
        }
        by.replaceAll((s, l) -> List.copyOf(l));
        return by;
    }

    private static WorkOrderStatus column(BacklogRow r, Waiting move) {
        return move == null || move.refusal().isPresent()
                ? r.status()
                : WorkOrderStatus.fromDb(move.payload().require("status"));
    }

    /** The card's move kept on this computer or refused by the server, if any. */
    public Optional<Waiting> waitingFor(BacklogRow card) {
        return Optional.ofNullable(waiting.get().get(card.id()));
    }

    /**
     * A move the server refused for a work order no longer on the board (closed or cancelled by
     * someone else meanwhile) has no card to show it on: the board's message says it.
     */
    private void refusedOffBoard(Loaded l) {
        Set<UUID> shown = new HashSet<>();
        l.cards().values().forEach(list -> list.forEach(r -> shown.add(r.id())));
        l.waiting()
                .forEach((id, w) -> w.refusal()
                        .filter(why -> !shown.contains(id))
                        .ifPresent(why -> message.set(t.get("board.card.refused", ErrorText.render(why)))));
    }

    /** Whether a card may be dropped on a column (for the drop targets' marks and the move menu). */
    public boolean allows(BacklogRow card, WorkOrderStatus to) {
        return workflow.get().allows(shownAt(card), to);
    }

    /** The column the card stands in: where its waiting move goes, else its status. */
    public WorkOrderStatus shownAt(BacklogRow card) {
        return column(card, waiting.get().get(card.id()));
    }

    /**
     * Moves a card; a step the workflow does not allow is refused here with the sentence (the card
     * stays where it was) and never sent.
     */
    public void move(BacklogRow card, WorkOrderStatus to) {
        WorkOrderStatus from = shownAt(card);
        if (from == to) {
            return;
        }
        if (!allows(card, to)) {
            message.set(t.get("board.refused", t.status(from), t.status(to)));
            return;
        }
        String number = String.valueOf(card.number());
        tasks.run(
                "move work order",
                () -> sender.changeStatus(card.id(), "#" + number + " " + card.title(), to),
                sent -> {
                    if (sent) {
                        kept = null; // the copy kept on this computer follows the move
                    }
                    message.set(
                            sent
                                    ? t.get("board.moved", number, t.status(to))
                                    : t.get("board.kept", number, t.status(to)));
                    load();
                },
                e -> {
                    message.set(ErrorText.of(e));
                    load();
                });
    }

    public ReadOnlyObjectProperty<Map<WorkOrderStatus, List<BacklogRow>>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    /** When the cards on screen were loaded, while they come from the cache (server away); null when live. */
    public ReadOnlyObjectProperty<Instant> shownAsOfProperty() {
        return shownAsOf.getReadOnlyProperty();
    }

    /** Keeps the person's work on this computer at the next load, whenever it was kept last (after their own change). */
    public void keepSoon() {
        kept = null;
    }

    /** The moves kept on this computer or refused, by work order. */
    public ReadOnlyObjectProperty<Map<UUID, Waiting>> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlantPeople> peopleProperty() {
        return plantPeople.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workflow> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    public ObservableList<Asset> machines() {
        return machines;
    }

    public LoadState loadState() {
        return load;
    }

    public WorkOrderService service() {
        return service;
    }
}
