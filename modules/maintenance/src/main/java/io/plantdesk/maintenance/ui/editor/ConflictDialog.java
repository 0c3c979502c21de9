package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.SaveResult;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.ui.MaintenanceFeature;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.DialogButtons;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Someone saved the work order while this person edited it: both versions side by side, field by
 * field (the differing ones marked), and the choice to keep theirs or save mine over it. Cancel
 * goes back to the editor with everything typed still there.
 */
final class ConflictDialog {

    enum Choice {
        KEEP_MINE,
        TAKE_THEIRS
    }

    private ConflictDialog() {}

    /** One field of both sides, in words. */
    private record Row(String field, String mine, String theirs) {
        boolean differs() {
            return !Objects.equals(mine, theirs);
        }
    }

    static Optional<Choice> ask(
            Window owner, WorkOrderTexts t, SaveResult.Conflict c, String theirAuthor, List<Asset> machines) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("conflict.title"));
        d.setHeaderText(
                t.get("conflict.header", theirAuthor, String.valueOf(c.theirs().number())));
        d.getDialogPane().setId("conflictDialog");
        d.getDialogPane().getStylesheets().add(MaintenanceFeature.STYLESHEET);

        GridPane g = new GridPane();
        g.getStyleClass().addAll("form-grid", "conflict-grid");
        g.addRow(0, bold(t.get("conflict.field")), bold(t.get("conflict.mine")), bold(t.get("conflict.theirs")));
        int r = 1;
        // The fields that differ first: they are the decision; the rest shows what stays the same.
        List<Row> rows = new ArrayList<>(rows(t, c.mine(), c.theirs().draft(), machines));
        rows.sort(Comparator.comparing(row -> !row.differs()));
        for (Row row : rows) {
            Label field = new Label(row.field());
            field.setMinWidth(Region.USE_PREF_SIZE);
            Label mine = value(row.mine(), t);
            Label theirs = value(row.theirs(), t);
            if (row.differs()) {
                for (Label l : List.of(field, mine, theirs)) {
                    l.getStyleClass().add("conflict-differs");
                }
                mine.setId("conflictMine" + r);
                theirs.setId("conflictTheirs" + r);
            }
            g.addRow(r++, field, mine, theirs);
        }
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        d.getDialogPane().setContent(new VBox(8, scroll));

        ButtonType keep = new ButtonType(t.get("conflict.keepMine"), ButtonData.OK_DONE);
        ButtonType take = new ButtonType(t.get("conflict.takeTheirs"), ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().addAll(keep, take, DialogButtons.cancel());
        d.getDialogPane().lookupButton(keep).setId("conflictKeepMine");
        d.getDialogPane().lookupButton(take).setId("conflictTakeTheirs");
        d.setResultConverter(b -> b == keep ? Choice.KEEP_MINE : b == take ? Choice.TAKE_THEIRS : null);
        d.setResizable(true);
        // The header sentence wraps instead of widening the dialog past a 1280-wide screen.
        DialogSize.fitWhenShown(d, 960, 640);
        return d.showAndWait();
    }

    private static List<Row> rows(WorkOrderTexts t, WorkOrderDraft mine, WorkOrderDraft theirs, List<Asset> machines) {
        Formats f = Formats.system();
        Function<OffsetDateTime, String> time = v -> v == null ? null : f.dateTime(v);
        Function<BigDecimal, String> num =
                v -> v == null ? null : v.stripTrailingZeros().toPlainString();
        Function<UUID, String> asset = id -> id == null
                ? null
                : machines.stream()
                        .filter(a -> a.id().equals(id))
                        .map(a -> a.code() + "  " + a.name())
                        .findFirst()
                        .orElse(t.get("editor.field.asset"));
        List<Row> out = new ArrayList<>();
        out.add(new Row(t.get("editor.field.title"), mine.title(), theirs.title()));
        out.add(new Row(t.get("editor.field.type"), t.type(mine.type()), t.type(theirs.type())));
        out.add(new Row(t.get("editor.field.priority"), t.priority(mine.priority()), t.priority(theirs.priority())));
        out.add(new Row(t.get("editor.field.asset"), asset.apply(mine.assetId()), asset.apply(theirs.assetId())));
        out.add(new Row(t.get("editor.field.description"), blank(mine.description()), blank(theirs.description())));
        out.add(new Row(t.get("editor.field.due"), time.apply(mine.dueAt()), time.apply(theirs.dueAt())));
        out.add(new Row(
                t.get("editor.field.start"), time.apply(mine.scheduledStart()), time.apply(theirs.scheduledStart())));
        out.add(new Row(t.get("editor.field.end"), time.apply(mine.scheduledEnd()), time.apply(theirs.scheduledEnd())));
        out.add(new Row(
                t.get("editor.field.estimated"), num.apply(mine.estimatedHours()), num.apply(theirs.estimatedHours())));
        out.add(new Row(t.get("editor.field.actual"), num.apply(mine.actualHours()), num.apply(theirs.actualHours())));
        out.add(new Row(
                t.get("editor.field.downtimeStart"),
                time.apply(mine.downtimeStart()),
                time.apply(theirs.downtimeStart())));
        out.add(new Row(
                t.get("editor.field.downtimeEnd"), time.apply(mine.downtimeEnd()), time.apply(theirs.downtimeEnd())));
        out.add(new Row(t.get("editor.field.failureCode"), mine.failureCode(), theirs.failureCode()));
        out.add(new Row(t.get("editor.field.cause"), mine.failureCause(), theirs.failureCause()));
        out.add(new Row(t.get("editor.field.remedy"), mine.failureRemedy(), theirs.failureRemedy()));
        out.add(new Row(
                t.get("editor.field.tags"),
                blank(String.join(", ", mine.tags())),
                blank(String.join(", ", theirs.tags()))));
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Label value(String v, WorkOrderTexts t) {
        Label l = v == null ? new Label(t.get("conflict.none")) : DataText.mark(new Label(v)); // typed values are data
        l.setWrapText(true);
        l.setMaxWidth(320);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
