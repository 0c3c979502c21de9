package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Attachment;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.Formats;
import java.awt.Desktop;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A work order's files: a preview for images, name, size, who added it and when; add by the file
 * chooser or by dropping files on the editor; open with the desktop's program or save elsewhere.
 * Sizes are checked before a file is read or sent (the sentence names its size and the limit).
 */
final class AttachmentsPane {

    private final WorkOrderTexts t;
    private final NotesModel notes;
    private final ObservableValue<Instant> shownAsOf;
    private final PlantPeople people;
    private final Formats formats;
    private final Label message = new Label();
    private Button add;

    /** @param shownAsOf the editor's copy time (see {@link EditorModel#shownAsOfProperty()}): while set, adding needs the server */
    AttachmentsPane(
            WorkOrderTexts t,
            NotesModel notes,
            PlantPeople people,
            Formats formats,
            ObservableValue<Instant> shownAsOf) {
        this.shownAsOf = shownAsOf;
        this.t = t;
        this.notes = notes;
        this.people = people;
        this.formats = formats;
    }

    Node node(int workOrderNumber) {
        ListView<Attachment> list = new ListView<>(notes.attachments());
        list.setId("woAttachments");
        list.getStyleClass().add("wo-notes-list");
        list.setPlaceholder(new Label(t.get("attachments.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(null);
                setGraphic(empty || a == null ? null : row(a));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        message.setId("attachmentMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        add = new Button(t.get("attachments.add"));
        add.setId("attachmentAdd");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t.get("attachments.choose.title", String.valueOf(workOrderNumber)));
            List<File> files = chooser.showOpenMultipleDialog(add.getScene().getWindow());
            if (files != null && !files.isEmpty()) {
                attach(files.stream().map(File::toPath).toList());
            }
        });
        Button open = new Button(t.get("attachments.open"));
        open.setId("attachmentOpen");
        Button saveAs = new Button(t.get("attachments.saveAs"));
        saveAs.setId("attachmentSaveAs");
        open.disableProperty().bind(Bindings.isNull(list.getSelectionModel().selectedItemProperty()));
        saveAs.disableProperty().bind(open.disableProperty());
        open.setOnAction(e -> open(list.getSelectionModel().getSelectedItem()));
        saveAs.setOnAction(e -> saveAs(list.getSelectionModel().getSelectedItem(), saveAs));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(t.get("attachments.drop", Attachment.MAX_BYTES / (1024 * 1024)));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, add, open, saveAs);
        ServerOnly.bind(shownAsOf, message, t.get("editor.needsServer"), buttons);
        return new VBox(8, list, buttons, hint, message);
    }

    /** Lets {@code target} (the whole editor) take dropped files as attachments. */
    void acceptDrops(Node target, Runnable show) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> files = e.getDragboard().getFiles().stream()
                        .filter(File::isFile)
                        .map(File::toPath)
                        .toList();
                e.setDropCompleted(!files.isEmpty());
                e.consume();
                if (!files.isEmpty()) {
                    show.run();
                    attach(files);
                }
            }
        });
    }

    /** Attaches files (checked, read, previewed and sent on the TaskRunner). */
    void attach(List<Path> files) {
        if (shownAsOf.getValue() != null) {
            return; // a drop on a copy: the pane's line already says files need the server
        }
        say("", false);
        add.setDisable(true);
        notes.attach(
                files,
                () -> {
                    add.setDisable(false);
                    say(t.get("attachments.added", files.size()), false);
                },
                msg -> {
                    add.setDisable(false);
                    say(msg, true);
                });
    }

    private void open(Attachment a) {
        if (a == null) {
            return;
        }
        String unsupported = t.get("attachments.open.unsupported");
        // Runs on the TaskRunner with the file written: AWT's Desktop is never touched on the FX thread.
        Consumer<Path> launch = p -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new IllegalStateException(unsupported);
            }
            try {
                Desktop.getDesktop().open(p.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        notes.open(a, launch, () -> say("", false), msg -> say(msg, true));
    }

    private void saveAs(Attachment a, Node owner) {
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("attachments.save.title"));
        chooser.setInitialFileName(a.fileName());
        File target = chooser.showSaveDialog(owner.getScene().getWindow());
        if (target != null) {
            notes.saveAs(
                    a,
                    target.toPath(),
                    () -> say(t.get("attachments.saved", target.getName()), false),
                    msg -> say(msg, true));
        }
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.getStyleClass().remove("field-error");
        if (error) {
            message.getStyleClass().add("field-error");
        }
    }

    private Node row(Attachment a) {
        Node preview;
        if (a.hasThumbnail()) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(a.thumbnail())));
            view.setPreserveRatio(true);
            view.setFitWidth(48);
            view.setFitHeight(48);
            preview = view;
        } else {
            FontIcon icon = new FontIcon(Material2AL.INSERT_DRIVE_FILE);
            icon.setIconSize(32);
            preview = icon;
        }
        StackedPreview box = new StackedPreview(preview);
        Label name = new Label(a.fileName());
        name.getStyleClass().add("text-bold");
        Label meta = new Label(t.get(
                "attachments.meta",
                Attachment.underAMegabyte(a.sizeBytes())
                        ? t.get("attachments.size.kb", Attachment.kilobytes(a.sizeBytes()))
                        : t.get("attachments.size.mb", Attachment.megabytes(a.sizeBytes())),
                people.name(a.byLogin(), t.get("history.setup"), t.get("history.someone")),
                formats.dateTime(a.at())));
        meta.getStyleClass().add("text-muted");
        HBox row = new HBox(10, box, new VBox(2, name, meta));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A fixed 48 px square for the preview, so rows line up whether or not a file has one. */
    private static final class StackedPreview extends StackPane {
        StackedPreview(Node content) {
            super(content);
            setMinSize(48, 48);
            setPrefSize(48, 48);
            setMaxSize(48, 48);
        }
    }
}
