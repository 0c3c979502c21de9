package io.plantdesk.maintenance.ui.board;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.Workflow;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

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
    private final ReadOnlyObjectWrapper<Map<WorkOrderStatus, List<BacklogRow>>> cards =
            new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlantPeople> plantPeople = new ReadOnlyObjectWrapper<>(PlantPeople.NONE);
    private final ReadOnlyObjectWrapper<Workflow> workflow = new ReadOnlyObjectWrapper<>(Workflow.UNKNOWN);
    private final ObservableList<Asset> machines = FXCollections.observableArrayList();
    private final LoadState load = new LoadState();

    public BoardViewModel(
            WorkOrderService service, AssetService assets, PeopleService people, TaskRunner tasks, WorkOrderTexts t) {
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
            List<Asset> machines) {}

    /** Loads the cards (and, the first time, the workflow, people and machines). */
    public void load() {
        if (cards.get().isEmpty()) {
            load.loading();
        }
        boolean first = workflow.get() == Workflow.UNKNOWN;
        tasks.latest(
                "maint.board",
                () -> {
                    BacklogQuery q = BacklogQuery.open()
                            .withStatuses(Set.copyOf(EnumSet.copyOf(COLUMNS)))
                            .withSort(BacklogSort.PRIORITY, false)
                            .withPage(0, LIMIT);
                    var page = service.backlog(q);
                    Map<WorkOrderStatus, List<BacklogRow>> by = new EnumMap<>(WorkOrderStatus.class);
                    for (WorkOrderStatus s : COLUMNS) {
                        by.put(
                                s,
                                page.rows().stream()
                                        .filter(r -> r.status() == s)
                                        .toList());
                    }
                    return first
                            ? new Loaded(
                                    by, page.hasMore(), Workflow.load(service), PlantPeople.load(people), assets.tree())
                            : new Loaded(by, page.hasMore(), null, null, null);
                },
                l -> {
                    if (l.workflow() != null) {
                        workflow.set(l.workflow());
                        plantPeople.set(l.people());
                        machines.setAll(l.machines());
                    }
                    truncated.set(l.more());
                    cards.set(Map.copyOf(l.cards()));
                    load.loaded(l.cards().values().stream().allMatch(List::isEmpty));
                },
                load::failed);
    }

    /** Whether a card may be dropped on a column (for the drop targets' marks and the move menu). */
    public boolean allows(BacklogRow card, WorkOrderStatus to) {
        return workflow.get().allows(card.status(), to);
    }

    /**
     * Moves a card; a step the workflow does not allow is refused here with the sentence (the card
     * stays where it was) and never sent.
     */
    public void move(BacklogRow card, WorkOrderStatus to) {
        if (card.status() == to) {
            return;
        }
        if (!allows(card, to)) {
            message.set(t.get("board.refused", t.status(card.status()), t.status(to)));
            return;
        }
        tasks.run(
                "move work order",
                () -> service.changeStatus(card.id(), to),
                w -> {
                    message.set(t.get("board.moved", String.valueOf(w.number()), t.status(w.status())));
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
