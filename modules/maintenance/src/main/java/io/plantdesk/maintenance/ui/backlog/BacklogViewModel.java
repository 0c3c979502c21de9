package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.Workflow;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.widgets.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backlog: one page of the service's SQL query (filters, full-text search, sort, page), the
 * plant's people and machines for the filters, and the actions on several rows at once, each
 * row answering for itself.
 */
public final class BacklogViewModel {

    public static final int PAGE_SIZE = 50;
    /** The service refuses longer search text; the screen says so before asking. */
    public static final int MAX_TEXT = 200;

    private final WorkOrderService service;
    private final AssetService assets;
    private final PeopleService people;
    private final TaskRunner tasks;
    private final WorkOrderTexts t;
    private final ObservableList<BacklogRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Asset> machines = FXCollections.observableArrayList();
    private final LoadState load = new LoadState();
    private final ReadOnlyObjectWrapper<BacklogQuery> query =
            new ReadOnlyObjectWrapper<>(BacklogQuery.open().withPage(0, PAGE_SIZE));
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper searchProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlantPeople> plantPeople = new ReadOnlyObjectWrapper<>(PlantPeople.NONE);
    private final ReadOnlyObjectWrapper<Workflow> workflow = new ReadOnlyObjectWrapper<>(Workflow.UNKNOWN);

    private final SectionSettings settings;
    private final UUID me;
    private final ObservableList<SavedFilters.Named> saved = FXCollections.observableArrayList();

    /**
     * @param settings the backlog's section of the settings file, where each person's saved filters live
     * @param me       the person logged in (whose saved filters are shown)
     */
    public BacklogViewModel(WorkOrderService service, AssetService assets, PeopleService people, TaskRunner tasks,
                            WorkOrderTexts t, SectionSettings settings, UUID me) {
        this.service = service;
        this.assets = assets;
        this.people = people;
        this.tasks = tasks;
        this.t = t;
        this.settings = settings;
        this.me = me;
    }

    /** Reads this person's saved filters (the settings file: on the TaskRunner). */
    public void loadSaved() {
        tasks.latest("maint.backlog.saved", () -> SavedFilters.of(stored(), me), saved::setAll, e -> { });
    }

    /** Saves the current filters under {@code name} (replacing one of that name). */
    public void saveFilters(String name, Consumer<String> done) {
        BacklogQuery q = query.get();
        tasks.run("save backlog filters", () -> {
            settings.put(BacklogSettings.SAVED, SavedFilters.with(stored(), me, name.strip(), q));
            return SavedFilters.of(stored(), me);
        }, list -> {
            saved.setAll(list);
            done.accept(t.get("saved.stored", name.strip()));
        }, e -> done.accept(ErrorText.of(e)));
    }

    public void deleteFilters(String name) {
        tasks.run("delete backlog filters", () -> {
            settings.put(BacklogSettings.SAVED, SavedFilters.without(stored(), me, name));
            return SavedFilters.of(stored(), me);
        }, saved::setAll, e -> { });
    }

    /** Shows the backlog as a saved filter left it. */
    public void apply(SavedFilters.Named filter) {
        narrow(filter.query());
    }

    /** What the settings file holds; nothing when the section is missing (a test's context, say). */
    private String stored() {
        try {
            return settings.get(BacklogSettings.SAVED);
        } catch (RuntimeException e) {
            return "";
        }
    }

    public ObservableList<SavedFilters.Named> saved() {
        return saved;
    }

    private record Reference(PlantPeople people, List<Asset> machines, Workflow workflow) {
    }

    /** The people, machines and workflow the filters and actions offer; loaded once per opening. */
    public void loadReference() {
        tasks.latest("maint.backlog.reference", () -> new Reference(PlantPeople.load(people),
                assets.tree(), Workflow.load(service)), r -> {
                    plantPeople.set(r.people());
                    machines.setAll(r.machines());
                    workflow.set(r.workflow());
                }, e -> { }); // the filters then offer fewer choices; the list itself says what failed
    }

    /** Loads the current page; a newer load replaces one still running. */
    public void load() {
        BacklogQuery q = query.get();
        if (q.text() != null && q.text().length() > MAX_TEXT) {
            searchProblem.set(ErrorText.render(MaintText.of("text.too.long")));
            return; // the rows of the last valid search stay
        }
        searchProblem.set("");
        if (rows.isEmpty()) {
            load.loading();
        }
        tasks.latest("maint.backlog", () -> service.backlog(q), page -> {
            rows.setAll(page.rows());
            hasMore.set(page.hasMore());
            boolean narrowed = q.text() != null || !q.statuses().isEmpty() || !q.types().isEmpty()
                    || !q.priorities().isEmpty() || q.assetId() != null || q.assigneeId() != null || q.overdue()
                    || q.offset() > 0;
            load.loaded(page.rows().isEmpty() && !narrowed);
        }, e -> {
            if (q.text() != null) {
                searchProblem.set(ErrorText.of(e)); // a refused search, not a broken list
                load.loaded(false);
            } else {
                load.failed(e);
            }
        });
    }

    /** Narrows or re-sorts the list and shows its first page; the same query does nothing. */
    public void narrow(BacklogQuery q) {
        BacklogQuery first = q.withPage(0, PAGE_SIZE);
        if (first.equals(query.get())) {
            return;
        }
        query.set(first);
        load();
    }

    public void sort(BacklogSort sort, boolean descending) {
        narrow(query.get().withSort(sort, descending));
    }

    public void next() {
        if (hasMore.get()) {
            query.set(query.get().withPage(query.get().offset() + PAGE_SIZE, PAGE_SIZE));
            load();
        }
    }

    public void previous() {
        if (query.get().offset() > 0) {
            query.set(query.get().withPage(Math.max(0, query.get().offset() - PAGE_SIZE), PAGE_SIZE));
            load();
        }
    }

    /**
     * Makes {@code person} (or nobody, when null) the assignee of each row; every row answers for
     * itself (one refused does not stop the others), then the page reloads.
     */
    public void assign(List<BacklogRow> chosen, UUID person, String personName, Consumer<List<String>> results) {
        List<BacklogRow> todo = List.copyOf(chosen);
        tasks.run("assign work orders", () -> {
            List<String> out = new ArrayList<>();
            for (BacklogRow r : todo) {
                try {
                    service.assign(r.id(), person == null ? List.of() : List.of(person));
                    out.add(person == null ? t.get("results.ok.unassigned", String.valueOf(r.number()), r.title())
                            : t.get("results.ok.assigned", String.valueOf(r.number()), r.title(), personName));
                } catch (RuntimeException e) {
                    out.add(t.get("results.failed", String.valueOf(r.number()), r.title(), ErrorText.of(e)));
                }
            }
            return out;
        }, out -> {
            results.accept(out);
            load();
        }, e -> results.accept(List.of(ErrorText.of(e))));
    }

    /**
     * Moves each row to {@code to}; a row whose status does not allow that step is refused here,
     * with the sentence, and never sent (the database would refuse it too).
     */
    public void move(List<BacklogRow> chosen, WorkOrderStatus to, Consumer<List<String>> results) {
        List<BacklogRow> todo = List.copyOf(chosen);
        Workflow w = workflow.get();
        tasks.run("change work order status", () -> {
            List<String> out = new ArrayList<>();
            for (BacklogRow r : todo) {
                if (r.status() == to) {
                    out.add(t.get("results.ok.moved", String.valueOf(r.number()), r.title(), t.status(to)));
                } else if (!w.allows(r.status(), to)) {
                    out.add(t.get("results.failed", String.valueOf(r.number()), r.title(),
                            t.get("move.refused", t.status(r.status()), t.status(to))));
                } else {
                    try {
                        service.changeStatus(r.id(), to);
                        out.add(t.get("results.ok.moved", String.valueOf(r.number()), r.title(), t.status(to)));
                    } catch (RuntimeException e) {
                        out.add(t.get("results.failed", String.valueOf(r.number()), r.title(), ErrorText.of(e)));
                    }
                }
            }
            return out;
        }, out -> {
            results.accept(out);
            load();
        }, e -> results.accept(List.of(ErrorText.of(e))));
    }

    public ObservableList<BacklogRow> rows() {
        return rows;
    }

    public ObservableList<Asset> machines() {
        return machines;
    }

    public LoadState loadState() {
        return load;
    }

    public ReadOnlyObjectProperty<BacklogQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchProblemProperty() {
        return searchProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlantPeople> peopleProperty() {
        return plantPeople.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Workflow> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    public WorkOrderService service() {
        return service;
    }
}
