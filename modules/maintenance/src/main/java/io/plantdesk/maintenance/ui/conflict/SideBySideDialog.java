package io.plantdesk.maintenance.ui.conflict;

import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Someone else saved the part, vendor, location or asset while this planner edited it: both
 * versions field by field, the differing ones marked; keep mine (save over theirs) or take theirs
 * into the form. Cancel goes back to the form with everything typed. The parts screen and the
 * asset editor each had a copy of this; one dialog now, with each screen's words and ids.
 */
public final class SideBySideDialog {

    public enum Choice {
        KEEP_MINE,
        TAKE_THEIRS
    }

    /** One field: its label, my value and theirs, as shown. */
    public record Row(String field, String mine, String theirs) {
        public Row {
            mine = mine == null ? "" : mine;
            theirs = theirs == null ? "" : theirs;
        }
    }

    /**
     * The dialog's words from {@code m}: {@code prefix} + ".title", ".header" (with {@code
     * headerArgs}), ".field", ".mine", ".theirs", ".keepMine", ".takeTheirs".
     */
    public record Words(
            String title, String header, String field, String mine, String theirs, String keepMine, String takeTheirs) {

        public static Words of(Messages m, String prefix, Object... headerArgs) {
            return new Words(
                    m.get(prefix + ".title"),
                    m.get(prefix + ".header", headerArgs),
                    m.get(prefix + ".field"),
                    m.get(prefix + ".mine"),
                    m.get(prefix + ".theirs"),
                    m.get(prefix + ".keepMine"),
                    m.get(prefix + ".takeTheirs"));
        }
    }

    private SideBySideDialog() {}

    /**
     * Asks and waits. The ids are {@code id} + "Dialog", "KeepMine", "TakeTheirs", and "Mine"/"Theirs"
     * + the row's number on the values that differ.
     */
    public static Optional<Choice> ask(Window owner, Words w, String id, List<Row> rows) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(w.title());
        d.setHeaderText(w.header());
        d.getDialogPane().setId(id + "Dialog");
        GridPane g = new GridPane();
        g.getStyleClass().addAll("form-grid", "conflict-grid");
        g.addRow(0, bold(w.field()), bold(w.mine()), bold(w.theirs()));
        int r = 1;
        for (Row row : rows) {
            Label field = new Label(row.field());
            field.setMinWidth(Region.USE_PREF_SIZE);
            Label a = value(row.mine());
            Label b = value(row.theirs());
            if (!Objects.equals(row.mine(), row.theirs())) {
                for (Label l : List.of(field, a, b)) {
                    l.getStyleClass().add("conflict-differs");
                }
                a.setId(id + "Mine" + r);
                b.setId(id + "Theirs" + r);
            }
            g.addRow(r++, field, a, b);
        }
        d.getDialogPane().setContent(g);
        ButtonType keep = new ButtonType(w.keepMine(), ButtonData.OK_DONE);
        ButtonType take = new ButtonType(w.takeTheirs(), ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().addAll(keep, take, DialogButtons.cancel());
        d.getDialogPane().lookupButton(keep).setId(id + "KeepMine");
        d.getDialogPane().lookupButton(take).setId(id + "TakeTheirs");
        d.setResultConverter(b -> b == keep ? Choice.KEEP_MINE : b == take ? Choice.TAKE_THEIRS : null);
        d.setResizable(true);
        wideEnoughForTheButtons(d);
        return d.showAndWait();
    }

    /**
     * The window at least as wide as its three buttons: in Floor mode the Desk/Floor styling of a
     * new dialog measures the buttons again after the window took its content's width, so the
     * buttons ran off both edges ("ake the saved one", "Save mine ove"). Once shown, and once more
     * after that styling's pulse; never wider than the screen.
     */
    private static void wideEnoughForTheButtons(Dialog<?> d) {
        Runnable widen = () -> {
            d.getDialogPane().applyCss();
            List<Node> buttons = List.copyOf(d.getDialogPane().lookupAll(".button-bar .button"));
            // The bar gives every button the widest one's width; its own measure ran short here.
            double widest =
                    buttons.stream().mapToDouble(b -> b.prefWidth(-1)).max().orElse(0);
            double need = buttons.size() * (widest + 12)
                    + d.getDialogPane().snappedLeftInset()
                    + d.getDialogPane().snappedRightInset()
                    + 48;
            double most = Screen.getPrimary().getVisualBounds().getWidth() - 16;
            // The scene's width: the window's can still read NaN when shown under some platforms.
            if (d.getDialogPane().getScene().getWidth() < need) {
                d.setWidth(Math.min(need, most));
            }
        };
        d.setOnShown(e -> {
            widen.run();
            Platform.runLater(widen);
        });
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(320);
        l.setMinHeight(Region.USE_PREF_SIZE);
        DataText.mark(l);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
