package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.SaveResult;
import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.maintenance.ui.Workflow;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.DialogButtons;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.StaleMarker;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The work-order editor, a dialog over the backlog or the board: details checked before sending,
 * the status moved only to the steps the workflow allows, labour, and the history in words. A
 * stale save opens the {@link ConflictDialog}; a refused one shows the sentence and keeps every
 * field as typed.
 */
public final class WorkOrderEditor {

    /** The editor's largest size: it fits a 1280x728 floor PC in both modes; the form scrolls. */
    private static final double WIDTH = 1060;

    private static final double HEIGHT = 700;

    private final Window owner;
    private final WorkOrderTexts t;
    private final EditorModel model;
    private final Workflow workflow;
    private final PlantPeople people;
    private final ObservableList<Asset> machines;
    private final UUID me;
    private final Consumer<String> changed;
    private final Dialog<Void> dialog = new Dialog<>();
    private final Label error = new Label();
    private final Label status = new Label();
    private final MenuButton move = new MenuButton();
    private DetailsForm form;
    private AttachmentsPane files;

    /**
     * @param changed called on the FX thread with a short sentence after each change was saved
     *                (the backlog reloads and confirms it)
     */
    public WorkOrderEditor(
            Window owner,
            WorkOrderTexts t,
            EditorModel model,
            Workflow workflow,
            PlantPeople people,
            ObservableList<Asset> machines,
            UUID me,
            Consumer<String> changed) {
        this.owner = owner;
        this.t = t;
        this.model = model;
        this.workflow = workflow;
        this.people = people;
        this.machines = machines;
        this.me = me;
        this.changed = changed;
    }

    /** A new, requested work order. */
    public void showNew() {
        build(null);
        form.fill(WorkOrderDraft.of("", WorkOrderType.CORRECTIVE));
        dialog.show();
        form.title.requestFocus();
    }

    /** An existing one, loaded first (the dialog opens when it is there, or says why not). */
    public void showExisting(UUID id, Consumer<String> failed) {
        model.open(
                id,
                () -> {
                    WorkOrder w = model.currentProperty().get();
                    build(w);
                    form.fill(w.draft());
                    dialog.show();
                    form.title.requestFocus();
                },
                failed);
    }

    private void build(WorkOrder w) {
        dialog.initOwner(owner);
        String title = w == null ? t.get("editor.new.title") : t.get("editor.title", String.valueOf(w.number()));
        // The header is the bundle's sentence only; the title (data) is in its field and the window's title.
        dialog.setTitle(w == null ? title : title + "  " + w.title());
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("workOrderEditor");
        dialog.getDialogPane().getStylesheets().add(MaintenanceFeature.STYLESHEET);
        form = new DetailsForm(t, machines, ZoneId.systemDefault());

        error.setId("woError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(860);

        ScrollPane details = new ScrollPane(form.node());
        details.setFitToWidth(true);
        VBox detailsBox = new VBox(10);
        if (w != null) {
            status.setId("woStatus");
            status.getStyleClass().add("text-bold");
            move.setId("woMove");
            move.setText(t.get("editor.move"));
            Label statusLabel = new Label(t.get("editor.field.status"));
            // A status waiting for the server is a longer sentence: it wraps, the label and the button keep their
            // words.
            statusLabel.setMinWidth(Region.USE_PREF_SIZE);
            move.setMinWidth(Region.USE_PREF_SIZE);
            status.setWrapText(true);
            status.setMinWidth(0);
            status.setMinHeight(Region.USE_PREF_SIZE);
            HBox statusRow = new HBox(12, statusLabel, status, move);
            statusRow.setAlignment(Pos.CENTER_LEFT);
            detailsBox.getChildren().add(statusRow);
            model.currentProperty().addListener((o, a, b) -> showStatus(b));
            model.technician()
                    .waiting()
                    .addListener(
                            (Observable o) -> showStatus(model.currentProperty().get()));
            showStatus(w);
        }
        detailsBox.getChildren().add(templateRow(w == null));
        detailsBox.getChildren().add(details);
        TabPane tabs = new TabPane();
        tabs.setId("woTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(tab("woTabDetails", t.get("editor.details"), detailsBox));
        if (w != null) {
            tabs.getTabs()
                    .add(tab(
                            "woTabLabour",
                            t.get("editor.labour"),
                            new LabourPane(t, model, people, me, Formats.system()).node()));
            tabs.getTabs()
                    .add(tab(
                            "woTabChecklists", t.get("editor.checklists"), new ChecklistPane(t, model, people).node()));
            tabs.getTabs().add(tab("woTabParts", t.get("editor.parts"), new PartsPane(t, model).node()));
            tabs.getTabs()
                    .add(tab(
                            "woTabComments",
                            t.get("editor.comments"),
                            new CommentsPane(t, model.notes(), people, Formats.system(), model.shownAsOfProperty())
                                    .node()));
            files = new AttachmentsPane(t, model.notes(), people, Formats.system(), model.shownAsOfProperty());
            Tab filesTab = tab("woTabAttachments", t.get("editor.attachments"), files.node(w.number()));
            tabs.getTabs().add(filesTab);
            files.acceptDrops(
                    dialog.getDialogPane(), () -> tabs.getSelectionModel().select(filesTab));
            tabs.getTabs()
                    .add(tab(
                            "woTabHistory",
                            t.get("editor.history"),
                            new HistoryPane(t, model, people, machines).node()));
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox content = new VBox(8, tabs, error);
        if (w != null) {
            content.getChildren().addFirst(new WaitingList(t, model).node());
            content.getChildren()
                    .addFirst(new StaleMarker(model.shownAsOfProperty(), time -> t.get("editor.stale", time)));
        }
        dialog.getDialogPane().setContent(content);
        // Fits a 1280x728 screen in both modes: the form scrolls rather than the dialog growing off screen.
        DialogSize.fitWhenShown(dialog, WIDTH, HEIGHT);

        ButtonType save = new ButtonType(t.get("editor.save"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Node ok = dialog.getDialogPane().lookupButton(save);
        ok.setId("woSave");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            send(ok);
        });
    }

    /**
     * The template line: a new work order picks a template to fill its form (and gets its
     * checklist when created); any work order's job can be saved as a new template.
     */
    private Node templateRow(boolean isNew) {
        Button saveAs = new Button(t.get("template.saveAs"));
        saveAs.setId("woSaveTemplate");
        saveAs.setOnAction(e -> {
            List<String> problems = form.problems();
            if (!problems.isEmpty()) {
                fail(String.join("\n", problems));
                return;
            }
            TemplateDialog.show(
                    dialog.getDialogPane().getScene().getWindow(),
                    t,
                    model.templates(),
                    form.read(),
                    saved -> changed.accept(t.get("template.saved", saved.name())));
        });
        HBox row = new HBox(12);
        row.setAlignment(Pos.CENTER_LEFT);
        if (isNew) {
            ComboBox<WorkOrderTemplate> pick = new ComboBox<>(model.templates().templates());
            pick.setId("woTemplate");
            pick.setPromptText(t.get("template.none"));
            pick.setConverter(t.converter(WorkOrderTemplate::name));
            pick.valueProperty().bindBidirectional(model.templates().pickedProperty());
            pick.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    form.fill(b.draft());
                    error.setText(b.checklistName() == null ? "" : t.get("template.picked", b.checklistName()));
                }
            });
            row.getChildren().addAll(new Label(t.get("template.label")), pick);
        }
        row.getChildren().add(saveAs);
        // Offline (the order shown from this computer's copy) the templates simply are not there
        // yet; saying so would only push the editor's work aside.
        model.templates().load(msg -> {
            if (model.shownAsOfProperty().get() == null) {
                fail(msg);
            }
        });
        return row;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /**
     * The status, and the next steps from it; a move kept on this computer shows as going there,
     * and the next steps start from it (a technician offline starts, then completes, the job).
     */
    private void showStatus(WorkOrder w) {
        WorkOrderStatus going = model.technician().goingTo().orElse(null);
        status.setText(
                going == null
                        ? t.status(w.status())
                        : t.get("editor.status.waiting", t.status(w.status()), t.status(going)));
        WorkOrderStatus from = going == null ? w.status() : going;
        move.setText(t.get("editor.move"));
        move.getItems().clear();
        for (WorkOrderStatus to : WorkOrderStatus.values()) {
            if (workflow.allows(from, to)) {
                MenuItem item = new MenuItem(t.status(to));
                item.setId("woMoveTo" + to.name());
                item.setOnAction(e -> model.technician()
                        .changeStatus(
                                to,
                                moved -> {
                                    error.setText("");
                                    changed.accept(t.get(
                                            "editor.moved", String.valueOf(moved.number()), t.status(moved.status())));
                                },
                                () -> Forms.notice(error, t.get("offline.kept")),
                                this::fail));
                move.getItems().add(item);
            }
        }
        move.setDisable(move.getItems().isEmpty());
        if (move.getItems().isEmpty()) {
            move.setText(t.get("editor.move.none"));
        }
    }

    /** Checks, then creates or saves; the dialog closes only when the work order is stored. */
    private void send(Node ok) {
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
            return;
        }
        error.setText("");
        WorkOrderDraft draft = form.read();
        ok.setDisable(true);
        WorkOrder w = model.currentProperty().get();
        if (w == null) {
            model.create(
                    draft,
                    created -> {
                        close();
                        changed.accept(t.get("editor.created", String.valueOf(created.number())));
                    },
                    msg -> {
                        ok.setDisable(false);
                        fail(msg);
                    });
            return;
        }
        save(draft, w.version(), ok);
    }

    private void save(WorkOrderDraft draft, int base, Node ok) {
        model.save(
                draft,
                base,
                saved -> {
                    close();
                    changed.accept(t.get("editor.saved", String.valueOf(saved.number())));
                },
                conflict -> {
                    ok.setDisable(false);
                    resolve(conflict, ok);
                },
                msg -> {
                    ok.setDisable(false);
                    fail(msg);
                });
    }

    private void resolve(SaveResult.Conflict c, Node ok) {
        String author = people.name(c.theirs().updatedBy(), t.get("history.setup"), t.get("history.someone"));
        switch (ConflictDialog.ask(dialog.getDialogPane().getScene().getWindow(), t, c, author, machines)
                .orElse(null)) {
            case KEEP_MINE -> {
                ok.setDisable(true);
                save(c.mine(), c.theirs().version(), ok);
            }
            case TAKE_THEIRS -> {
                model.adopt(c.theirs());
                form.fill(c.theirs().draft());
                error.setText("");
            }
            case null -> fail(t.get("editor.unsaved")); // back to the form, everything typed still there
        }
    }

    private void fail(String message) {
        error.setText(message);
        Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null
                    && dialog.getDialogPane().getScene().getWindow() != null) {
                DialogSize.refit(dialog.getDialogPane().getScene().getWindow(), WIDTH, HEIGHT);
            }
        });
    }

    private void close() {
        dialog.setResult(null);
        dialog.close();
    }

    /**
     * Attaches files to the open work order as if they were dropped on the editor (a file chooser
     * cannot be driven by a test).
     */
    public void attach(List<Path> paths) {
        files.attach(paths);
    }

    /** For tests: the dialog. */
    public Dialog<Void> dialog() {
        return dialog;
    }
}
