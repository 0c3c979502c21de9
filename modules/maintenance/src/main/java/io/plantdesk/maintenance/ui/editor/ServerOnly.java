package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.ui.widgets.Forms;
import java.time.Instant;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * What only the server can do (issue parts against its stock, add comments and files, open a
 * file it holds) is switched off while the work order is shown from this computer's copy, with
 * the reason on the pane's own message line; status, hours and checklist results go on through
 * the outbox. Before, those controls stayed on offline and every press ended in an error.
 */
final class ServerOnly {

    private ServerOnly() {}

    /**
     * @param shownAsOf the time of the copy shown, null while the server's own data is shown
     * @param row the pane's controls that need the server (disabled as a whole, so their own
     *     disable state while sending is left alone)
     */
    static void bind(ObservableValue<Instant> shownAsOf, Label line, String reason, Node row) {
        row.disableProperty().bind(shownAsOf.map(time -> true).orElse(false));
        Runnable show = () -> {
            if (shownAsOf.getValue() != null) {
                Forms.notice(line, reason);
            } else if (reason.equals(line.getText())) {
                line.setText("");
            }
        };
        shownAsOf.addListener((o, was, now) -> show.run());
        show.run();
    }
}
