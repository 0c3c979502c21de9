package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Attachment;
import io.plantdesk.maintenance.Checklist;
import io.plantdesk.maintenance.ChecklistService;
import io.plantdesk.maintenance.Comment;
import io.plantdesk.maintenance.FieldChange;
import io.plantdesk.maintenance.Labour;
import io.plantdesk.maintenance.MaintText;
import io.plantdesk.maintenance.MyWorkCache;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PartsService;
import io.plantdesk.maintenance.PlannedPart;
import io.plantdesk.maintenance.SaveResult;
import io.plantdesk.maintenance.StatusChange;
import io.plantdesk.maintenance.StockLevel;
import io.plantdesk.maintenance.StockMovement;
import io.plantdesk.maintenance.TechnicianSender;
import io.plantdesk.maintenance.TemplateService;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderNotes;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One work order in the editor: the version the edit started from, its history and labour, and
 * the calls that change it. A save that finds a newer version hands both to {@code onConflict}
 * and writes nothing; a refused one hands the sentence to {@code failed}; the form keeps its text.
 */
public final class EditorModel {

    final WorkOrderService service;
    final ChecklistService checklistService;
    private final PartsService parts;
    final TaskRunner tasks;
    final TechnicianSender sender;
    private volatile boolean following;
    final ReadOnlyObjectWrapper<Instant> shownAsOf = new ReadOnlyObjectWrapper<>();
    final ObservableList<Checklist> checklists = FXCollections.observableArrayList();
    private final ObservableList<StockMovement> issued = FXCollections.observableArrayList();
    private final ObservableList<PlannedPart> planned = FXCollections.observableArrayList();
    private final ObservableList<Part> catalogue = FXCollections.observableArrayList();
    private final ObservableList<StockLevel> stock = FXCollections.observableArrayList();
    final ReadOnlyObjectWrapper<WorkOrder> current = new ReadOnlyObjectWrapper<>();
    final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    final ObservableList<Labour> labour = FXCollections.observableArrayList();
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final NotesModel notes;
    /** The technician's actions (status, labour, checklist results, sign-off), through the outbox. */
    private final TechnicianModel technician = new TechnicianModel(this);

    private final TemplatesModel templates;

    public EditorModel(
            WorkOrderService service,
            ChecklistService checklists,
            PartsService parts,
            WorkOrderNotes notes,
            TemplateService templates,
            TechnicianSender sender,
            TaskRunner tasks) {
        this.sender = sender;
        this.service = service;
        this.checklistService = checklists;
        this.parts = parts;
        this.tasks = tasks;
        this.notes = new NotesModel(notes, tasks, () -> current.get().id());
        this.templates = new TemplatesModel(templates, tasks);
    }

    private record Loaded(WorkOrder workOrder, List<StatusChange> history, List<Labour> labour) {}

    private record Opened(
            WorkOrder workOrder,
            List<StatusChange> history,
            List<Labour> labour,
            List<Checklist> checklists,
            List<StockMovement> issued,
            List<PlannedPart> planned,
            List<Part> catalogue,
            List<StockLevel> stock,
            List<FieldChange> changes,
            List<Comment> comments,
            List<Attachment> attachments,
            Instant asOf) {}

    /** Loads a work order with its history, labour, checklists, the parts issued to it and the stock. */
    public void open(UUID id, Runnable done, Consumer<String> failed) {
        tasks.latest(
                "maint.editor.open",
                () -> {
                    if (!following) {
                        following = true;
                        sender.follow(technician, TechnicianModel::replayed);
                    }
                    WorkOrder w;
                    try {
                        w = service.find(id).orElseThrow(() -> MaintText.error("not.found"));
                    } catch (RuntimeException e) {
                        return kept(id, e);
                    }
                    List<Part> all = parts.parts();
                    List<StockLevel> levels = new ArrayList<>();
                    for (Part p : all) {
                        levels.addAll(parts.stock(p.id()));
                    }
                    // Attachments come without their bytes: a work order with many photos opens as fast.
                    return new Opened(
                            w,
                            service.history(id),
                            service.labour(id),
                            checklistService.checklists(id),
                            parts.usedOn(id),
                            parts.plannedFor(id),
                            all,
                            levels,
                            notes.service().changes(id),
                            notes.service().comments(id),
                            notes.service().attachments(id),
                            null);
                },
                o -> {
                    shownAsOf.set(o.asOf());
                    current.set(o.workOrder());
                    history.setAll(o.history());
                    labour.setAll(o.labour());
                    checklists.setAll(o.checklists());
                    issued.setAll(o.issued());
                    planned.setAll(o.planned());
                    catalogue.setAll(o.catalogue());
                    stock.setAll(o.stock());
                    changes.setAll(o.changes());
                    notes.comments().setAll(o.comments());
                    notes.attachments().setAll(o.attachments());
                    technician.refreshWaiting();
                    done.run();
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    /**
     * The server does not answer: the work order as kept on this computer (one of the person's own
     * open ones: details, history, labour, checklists, parts, comments, attachments' names), marked
     * with its time; otherwise the failure. No stock (nothing can be issued offline) and no field
     * history (the audit trail is the server's).
     */
    private Opened kept(UUID id, RuntimeException e) {
        if (sender.sync().isEmpty() || !FloorSync.serverAway(e)) {
            throw e;
        }
        MyWorkCache.Kept<MyWorkCache.Order> k =
                MyWorkCache.order(sender.sync().get().cache(), id).orElseThrow(() -> e);
        MyWorkCache.Order o = k.value();
        return new Opened(
                o.workOrder(),
                o.history(),
                o.labour(),
                o.checklists(),
                o.issued(),
                o.planned(),
                o.parts(),
                List.of(),
                List.of(),
                o.comments(),
                o.attachments(),
                k.asOf());
    }

    /** When the work order on screen was loaded, while it comes from the cache (server away); null when live. */
    public ReadOnlyObjectProperty<Instant> shownAsOfProperty() {
        return shownAsOf.getReadOnlyProperty();
    }

    private record Stocked(List<StockMovement> issued, List<StockLevel> stock) {}

    /** Issues parts from a location to this work order; the database refuses more than is on hand. */
    public void issue(UUID partId, UUID locationId, BigDecimal quantity, Runnable done, Consumer<String> failed) {
        UUID id = current.get().id();
        List<UUID> partIds = catalogue.stream().map(Part::id).toList();
        tasks.run(
                "issue parts",
                () -> {
                    parts.issue(partId, locationId, quantity, id);
                    List<StockLevel> levels = new ArrayList<>();
                    for (UUID p : partIds) {
                        levels.addAll(parts.stock(p));
                    }
                    return new Stocked(parts.usedOn(id), levels);
                },
                s -> {
                    issued.setAll(s.issued());
                    stock.setAll(s.stock());
                    done.run();
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    public ObservableList<Checklist> checklists() {
        return checklists;
    }

    public ObservableList<StockMovement> issued() {
        return issued;
    }

    /** The parts the work order is planned to take (from its template or PM schedule). */
    public ObservableList<PlannedPart> planned() {
        return planned;
    }

    public ObservableList<Part> catalogue() {
        return catalogue;
    }

    public ObservableList<StockLevel> stock() {
        return stock;
    }

    /** Creates a new work order from the form (requested, by the person logged in). */
    public void create(WorkOrderDraft draft, Consumer<WorkOrder> created, Consumer<String> failed) {
        UUID template = templates.pickedId();
        tasks.run(
                "create work order",
                () -> template == null
                        ? service.create(draft)
                        : templates.service().createFrom(template, draft),
                w -> {
                    current.set(w);
                    created.accept(w);
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    /**
     * Saves the form over the version the edit started from ({@code baseVersion}; the conflict
     * dialog's "keep mine" passes the newer one).
     */
    public void save(
            WorkOrderDraft draft,
            int baseVersion,
            Consumer<WorkOrder> saved,
            Consumer<SaveResult.Conflict> onConflict,
            Consumer<String> failed) {
        UUID id = current.get().id();
        tasks.run(
                "save work order",
                () -> service.save(id, baseVersion, draft),
                r -> {
                    switch (r) {
                        case SaveResult.Saved s -> {
                            current.set(s.workOrder());
                            saved.accept(s.workOrder());
                        }
                        case SaveResult.Conflict c -> onConflict.accept(c);
                    }
                },
                e -> failed.accept(ErrorText.of(e)));
    }

    /** Takes the newer version as the base of the edit (the conflict dialog's "take theirs"). */
    public void adopt(WorkOrder theirs) {
        current.set(theirs);
    }

    public ReadOnlyObjectProperty<WorkOrder> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ObservableList<Labour> labour() {
        return labour;
    }

    /** The field changes of the work order (its history beside the status steps). */
    public ObservableList<FieldChange> changes() {
        return changes;
    }

    public TechnicianModel technician() {
        return technician;
    }

    public NotesModel notes() {
        return notes;
    }

    public TemplatesModel templates() {
        return templates;
    }
}
