package io.plantdesk.maintenance.ui.parts;

import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog.Choice;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog.Row;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The catalogue's words and ids for the shared side-by-side of a stale edit (part, vendor, location). */
final class ConflictDialog {

    private ConflictDialog() {}

    /** {@code what} names the record in the header ("BLT-10, Timing belt"). */
    static Optional<Choice> ask(Window owner, Messages m, String what, List<Row> rows) {
        return SideBySideDialog.ask(
                owner, SideBySideDialog.Words.of(m, "catalogue.conflict", what), "catalogueConflict", rows);
    }
}
