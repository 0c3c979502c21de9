package io.plantdesk.ui.widgets;

import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog with one action button that does not close it, for long work in steps (a migration, a
 * rollback, a rebuild): a check runs first (its message keeps the dialog open), then the work,
 * which reports each step ("… running", "✓ done (12 ms)", "✗ failed"), the progress and its
 * summary or the reason it failed. Close stays available; the work itself decides what is safe to
 * stop. Call everything on the FX thread (a view model's listener is).
 */
public final class ProgressDialog {

    private static final String RUNNING = "… ";

    private final Dialog<Void> dialog = new Dialog<>();
    private final Label message = new Label();
    private final ProgressBar progressBar = new ProgressBar(0);
    private final ObservableList<String> stepLines = FXCollections.observableArrayList();
    private final ListView<String> steps = new ListView<>(stepLines);
    private final Button actionButton;
    private Supplier<String> pendingCheck = () -> null;
    private TextField firstField;

    public ProgressDialog(Window owner, String title, String actionText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        ButtonType go = new ButtonType(actionText, ButtonData.OK_DONE);
        ButtonType close = DialogButtons.close();
        dialog.getDialogPane().getButtonTypes().addAll(go, close);
        actionButton = (Button) dialog.getDialogPane().lookupButton(go);
        actionButton.setId("actionGo");
        dialog.getDialogPane().lookupButton(close).setId("actionClose");
        message.setId("actionError");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(720);
        message.setMinHeight(Region.USE_PREF_SIZE); // a refusal is read whole, never cut off
        progressBar.setId("actionProgress");
        progressBar.setMaxWidth(Double.MAX_VALUE);
        steps.setId("actionSteps");
        // Sized from the start: a dialog does not grow once shown, and every step should stay in view.
        steps.setPrefHeight(120);
        steps.setMinHeight(120);
    }

    public Button actionButton() {
        return actionButton;
    }

    /** The progress bar and the list of steps, with the placeholder the list shows before the work starts. */
    public Node progress(String placeholder) {
        steps.setPlaceholder(new Label(placeholder));
        return new VBox(10, progressBar, steps);
    }

    /**
     * Adds a field the given name must be typed into before the action starts (the check shows
     * {@code mismatch} otherwise), focused when the dialog opens; returns what was typed.
     */
    public Supplier<String> typedName(VBox box, String name, String warning, String mismatch) {
        TextField typed = new TextField();
        typed.setId("confirmName");
        typed.setPromptText(name);
        Label l = new Label(warning);
        l.getStyleClass().add("production-warning");
        l.setWrapText(true);
        box.getChildren().addAll(l, typed);
        firstField = typed;
        pendingCheck = () -> name.equals(typed.getText().strip()) ? null : mismatch;
        return typed::getText;
    }

    /** The field focused when the dialog opens. */
    public void focusFirst(TextField field) {
        firstField = field;
    }

    /** @param start checks, then starts the work; returns a message to show instead of starting */
    public void show(Node content, Supplier<String> start) {
        VBox box = new VBox(10, content, message);
        dialog.getDialogPane().setContent(box);
        actionButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String problem = pendingCheck.get();
            if (problem == null) {
                message.setText("");
                actionButton.setDisable(true);
                problem = start.get();
            }
            if (problem != null) {
                actionButton.setDisable(false);
                message.setText(problem);
            }
        });
        // A dialog keeps the size it was shown with: let it grow when a message appears.
        message.textProperty()
                .addListener((o, a, b) -> Platform.runLater(
                        () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
        dialog.show();
        if (firstField != null) {
            firstField.requestFocus();
        }
    }

    /** The work started: no steps yet, the bar busy. */
    public void working() {
        stepLines.clear();
        progressBar.setProgress(-1);
    }

    public void stepStarted(String line) {
        stepLines.add(RUNNING + line);
        steps.scrollTo(stepLines.size() - 1);
    }

    /** The running step finished: it gets its tick and time; the bar shows {@code step} of {@code total}. */
    public void stepFinished(int step, int total, long millis) {
        int i = stepLines.size() - 1;
        if (i >= 0) {
            stepLines.set(
                    i,
                    Messages.of("io.plantdesk.ui.messages", ProgressDialog.class)
                            .get("progress.step.done", stepLines.get(i).replaceFirst("^" + RUNNING, ""), millis));
        }
        progressBar.setProgress((double) step / total);
        steps.scrollTo(stepLines.size() - 1);
    }

    /** A line between steps (a retry, a skipped script); the running step stays running. */
    public void note(String line) {
        stepLines.add(line);
        steps.scrollTo(stepLines.size() - 1);
    }

    public void succeeded(String summary) {
        progressBar.setProgress(1);
        message.getStyleClass().remove("field-error");
        message.setText(summary);
        actionButton.setDisable(false);
    }

    /** The work failed: the running step is crossed out and the reason shown; the action may be tried again. */
    public void failed(Throwable e) {
        progressBar.setProgress(0);
        int i = stepLines.size() - 1;
        if (i >= 0 && stepLines.get(i).startsWith(RUNNING)) {
            stepLines.set(i, "✗ " + stepLines.get(i).substring(RUNNING.length()));
        }
        if (!message.getStyleClass().contains("field-error")) {
            message.getStyleClass().add("field-error");
        }
        message.setText(ErrorText.of(e));
        actionButton.setDisable(false);
    }

    public void close() {
        dialog.setResult(null);
        dialog.close();
    }
}
