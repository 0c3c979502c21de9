package io.plantdesk.ui.widgets;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The one error dialog of Plantdesk: what happened, what to do, the details folded away, and
 * where the log is, with a button to copy everything for IT.
 */
public final class ErrorDialog {

    private ErrorDialog() {}

    public static Alert create(Window owner, Throwable error, Path logFile) {
        Messages m =
                Messages.of("io.plantdesk.ui.messages", ErrorDialog.class); // the language of now, not of class loading
        Alert a = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(m.get("error.title"));
        String message;
        String hint;
        if (error instanceof PlantdeskException p) {
            // From the keys where it has them: the person's language, not the log's English.
            message = p.messageText().map(ErrorText::render).orElse(p.getMessage());
            hint = p.hintText().map(ErrorText::render).orElse(p.hint().orElse(""));
        } else {
            message = m.get("error.unexpected");
            hint = m.get("error.unexpected.hint");
        }
        a.setHeaderText(message);
        Label hintLabel = new Label(hint);
        hintLabel.setWrapText(true);
        Label logLabel = new Label(m.get("error.log", logFile));
        logLabel.getStyleClass().add("text-muted");
        logLabel.setWrapText(true);
        VBox body = new VBox(8, hintLabel, logLabel);
        a.getDialogPane().setContent(body);
        String details = details(error, logFile);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        a.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(m.get("error.copy"), ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().setAll(DialogButtons.close(), copy); // JavaFX's own OK is English only
        a.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details);
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        return a;
    }

    public static void show(Window owner, Throwable error, Path logFile) {
        create(owner, error, logFile).show();
    }

    static String details(Throwable error, Path logFile) {
        StringWriter w = new StringWriter();
        w.append("Log: ").append(String.valueOf(logFile)).append('\n');
        error.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
