package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetService;
import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogRow;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.SavedFilter;
import io.plantdesk.maintenance.SavedFilterService;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.Workflow;
import io.plantdesk.platform.people.PeopleService;
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

    private final SavedFilterService savedFilters;
    private final ObservableList<SavedFilter> saved = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper savedProblem = new ReadOnlyStringWrapper("");

    /** @param savedFilters the person's and the plant's saved filters (in the database) */
    public BacklogViewModel(
            WorkOrderService service,
            AssetService assets,
            PeopleService people,
            TaskRunner tasks,
            WorkOrderTexts t,
            SavedFilterService savedFilters) {
        this.service = service;
        this.assets = assets;
        this.people = people;
        this.tasks = tasks;
        this.t = t;
        this.savedFilters = savedFilters;
    }

    /** Reads the person's own and the plant's shared saved filters. */
    public void loadSaved() {
        tasks.latest(
                "maint.backlog.saved",
                () -> savedFilters.list(PAGE_SIZE),
                list -> {
                    saved.setAll(list);
                    savedProblem.set("");
                },
                e -> savedProblem.set(ErrorText.of(e)));
    }

    /** Saves the current filters, search and sort under {@code name} (replacing the person's one of that name). */
    public void saveFilters(String name, boolean shared, Consumer<String> done) {
        BacklogQuery q = query.get();
        savedChange(
                "save backlog filters",
                () -> savedFilters.save(name, q, shared),
                t.get("saved.stored", name.strip()),
                done);
    }

    public void renameFilters(SavedFilter filter, String name, Consumer<String> done) {
        savedChange(
                "rename backlog filters",
                () -> savedFilters.rename(filter, name),
                t.get("saved.renamed", name.strip()),
                done);
    }

    public void shareFilters(SavedFilter filter, boolean shared, Consumer<String> done) {
        savedChange(
                "share backlog filters",
                () -> savedFilters.share(filter, shared),
                t.get(shared ? "saved.shared.now" : "saved.private.now", filter.name()),
                done);
    }

    public void deleteFilters(SavedFilter filter, Consumer<String> done) {
        savedChange(
                "delete backlog filters",
                () -> savedFilters.delete(filter),
                t.get("saved.deleted", filter.name()),
                done);
    }

    /** A change, then the list as it is now (also after a refusal: another PC may have changed it). */
    private void savedChange(String name, Runnable change, String sentence, Consumer<String> done) {
        tasks.run(
                name,
                () -> {
                    change.run();
                    return savedFilters.list(PAGE_SIZE);
                },
                list -> {
                    saved.setAll(list);
                    savedProblem.set("");
                    done.accept(sentence);
                },
                e -> {
                    savedProblem.set(ErrorText.of(e));
                    loadSaved();
                });
    }

    /** Shows the backlog as a saved filter left it. */
    public void apply(SavedFilter filter) {
        narrow(filter.query());
    }

    public ObservableList<SavedFilter> saved() {
        return saved;
    }

    /** Why the last change to the saved filters was refused; empty when it was not. */
    public ReadOnlyStringProperty savedProblemProperty() {
        return savedProblem.getReadOnlyProperty();
    }

    private record Reference(PlantPeople people, List<Asset> machines, Workflow workflow) {}

    /** The people, machines and workflow the filters and actions offer; loaded once per opening. */
    public void loadReference() {
        tasks.latest(
                "maint.backlog.reference",
                () -> new Reference(PlantPeople.load(people), assets.tree(), Workflow.load(service)),
                r -> {
                    plantPeople.set(r.people());
                    machines.setAll(r.machines());
                    workflow.set(r.workflow());
                },
                e -> {}); // the filters then offer fewer choices; the list itself says what failed
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
        tasks.latest(
                "maint.backlog",
                () -> service.backlog(q),
                page -> {
                    rows.setAll(page.rows());
                    hasMore.set(page.hasMore());
                    boolean narrowed = q.text() != null
                            || !q.statuses().isEmpty()
                            || !q.types().isEmpty()
                            || !q.priorities().isEmpty()
                            || q.assetId() != null
                            || q.assigneeId() != null
                            || q.overdue()
                            || q.offset() > 0;
                    load.loaded(page.rows().isEmpty() && !narrowed);
                },
                e -> {
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
        tasks.run(
                "assign work orders",
                () -> {
                    List<String> out = new ArrayList<>();
                    for (BacklogRow r : todo) {
                        try {
                            service.assign(r.id(), person == null ? List.of() : List.of(person));
                            out.add(
                                    person == null
                                            ? t.get("results.ok.unassigned", String.valueOf(r.number()), r.title())
                                            : t.get(
                                                    "results.ok.assigned",
                                                    String.valueOf(r.number()),
                                                    r.title(),
                                                    personName));
                        } catch (RuntimeException e) {
                            out.add(t.get("results.failed", String.valueOf(r.number()), r.title(), ErrorText.of(e)));
                        }
                    }
                    return out;
                },
                out -> {
                    results.accept(out);
                    load();
                },
                e -> results.accept(List.of(ErrorText.of(e))));
    }

    /**
     * Moves each row to {@code to}; a row whose status does not allow that step is refused here,
     * with the sentence, and never sent (the database would refuse it too).
     */
    public void move(List<BacklogRow> chosen, WorkOrderStatus to, Consumer<List<String>> results) {
        List<BacklogRow> todo = List.copyOf(chosen);
        Workflow w = workflow.get();
        tasks.run(
                "change work order status",
                () -> {
                    List<String> out = new ArrayList<>();
                    for (BacklogRow r : todo) {
                        if (r.status() == to) {
                            out.add(t.get("results.ok.moved", String.valueOf(r.number()), r.title(), t.status(to)));
                        } else if (!w.allows(r.status(), to)) {
                            out.add(t.get(
                                    "results.failed",
                                    String.valueOf(r.number()),
                                    r.title(),
                                    t.get("move.refused", t.status(r.status()), t.status(to))));
                        } else {
                            try {
                                service.changeStatus(r.id(), to);
                                out.add(t.get("results.ok.moved", String.valueOf(r.number()), r.title(), t.status(to)));
                            } catch (RuntimeException e) {
                                out.add(t.get(
                                        "results.failed", String.valueOf(r.number()), r.title(), ErrorText.of(e)));
                            }
                        }
                    }
                    return out;
                },
                out -> {
                    results.accept(out);
                    load();
                },
                e -> results.accept(List.of(ErrorText.of(e))));
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
