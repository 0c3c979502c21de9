package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Comment;
import io.plantdesk.maintenance.ui.PlantPeople;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.Formats;
import java.time.Instant;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A work order's comments, oldest first, each with its author's name and time, and a box to add
 * one (Ctrl+Enter adds it). Comments are never edited: a correction is another comment. A refused
 * comment keeps its text in the box.
 */
final class CommentsPane {

    private final WorkOrderTexts t;
    private final NotesModel notes;
    private final ObservableValue<Instant> shownAsOf;
    private final PlantPeople people;
    private final Formats formats;

    /** @param shownAsOf the editor's copy time (see {@link EditorModel#shownAsOfProperty()}): while set, adding needs the server */
    CommentsPane(
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

    Node node() {
        ListView<Comment> list = new ListView<>(notes.comments());
        list.setId("woComments");
        list.getStyleClass().add("wo-notes-list");
        list.setPlaceholder(new Label(t.get("comments.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Comment c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who = new Label(t.get("comments.by", name(c.byLogin()), formats.dateTime(c.at())));
                who.getStyleClass().add("text-muted");
                Label body = new Label(c.body());
                body.setWrapText(true);
                body.setMinHeight(Region.USE_PREF_SIZE);
                VBox box = new VBox(2, who, body);
                box.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setText(null);
                setGraphic(box);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        notes.comments().addListener((ListChangeListener<Comment>) ch -> {
            if (!notes.comments().isEmpty()) {
                list.scrollTo(notes.comments().size() - 1);
            }
        });

        TextArea text = new TextArea();
        text.setId("commentText");
        text.setPromptText(t.get("comments.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        Label error = new Label();
        error.setId("commentError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        Button add = new Button(t.get("comments.add"));
        add.setId("commentAdd");
        add.setOnAction(e -> send(text, add, error));
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                send(text, add, error);
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, text, add);
        line.setAlignment(Pos.BOTTOM_LEFT);
        ServerOnly.bind(shownAsOf, error, t.get("editor.needsServer"), line);
        return new VBox(8, list, line, error);
    }

    /** Checks in the form (empty, too long) before sending; the box is cleared only once stored. */
    private void send(TextArea text, Button add, Label error) {
        String body = text.getText() == null ? "" : text.getText().strip();
        if (body.isEmpty()) {
            error.setText(t.get("comments.check.empty"));
            return;
        }
        if (body.length() > Comment.MAX_LENGTH) {
            error.setText(t.get("comments.check.long", Comment.MAX_LENGTH, body.length()));
            return;
        }
        error.setText("");
        add.setDisable(true);
        notes.comment(
                body,
                () -> {
                    add.setDisable(false);
                    text.clear();
                },
                msg -> {
                    add.setDisable(false);
                    error.setText(msg);
                });
    }

    private String name(String login) {
        return people.name(login, t.get("history.setup"), t.get("history.someone"));
    }
}
