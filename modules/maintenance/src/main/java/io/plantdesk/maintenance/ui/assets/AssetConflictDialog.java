package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.ui.i18n.DataText;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Someone saved the asset while this planner edited it, as the work-order editor's conflict:
 * both versions field by field (the differing ones marked), keep theirs or save mine over it.
 * Cancel goes back to the form with everything typed.
 */
final class AssetConflictDialog {

    enum Choice {
        KEEP_MINE,
        TAKE_THEIRS
    }

    private AssetConflictDialog() {}

    static Optional<Choice> ask(
            Window owner, Messages m, AssetForm form, AssetDraft mine, Asset theirs, Function<UUID, String> parent) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("assets.conflict.title"));
        d.setHeaderText(m.get("assets.conflict.header", theirs.code(), theirs.name()));
        d.getDialogPane().setId("assetConflictDialog");
        GridPane g = new GridPane();
        g.getStyleClass().addAll("form-grid", "conflict-grid");
        g.addRow(
                0,
                bold(m.get("assets.conflict.field")),
                bold(m.get("assets.conflict.mine")),
                bold(m.get("assets.conflict.theirs")));
        List<String[]> rows = new ArrayList<>();
        rows.add(row(m.get("assets.kind"), form.kindWord(mine.kind()), form.kindWord(theirs.kind())));
        rows.add(row(m.get("assets.parent"), parent.apply(mine.parentId()), parent.apply(theirs.parentId())));
        rows.add(row(m.get("assets.code"), mine.code(), theirs.code()));
        rows.add(row(m.get("assets.name"), mine.name(), theirs.name()));
        rows.add(row(m.get("assets.asset.type"), mine.assetType(), theirs.assetType()));
        rows.add(row(m.get("assets.manufacturer"), mine.manufacturer(), theirs.manufacturer()));
        rows.add(row(m.get("assets.model"), mine.model(), theirs.model()));
        rows.add(row(m.get("assets.serial"), mine.serial(), theirs.serial()));
        rows.add(row(
                m.get("assets.criticality"),
                m.get("assets.criticality." + mine.criticality()),
                m.get("assets.criticality." + theirs.criticality())));
        rows.add(row(m.get("assets.location"), mine.location(), theirs.location()));
        int r = 1;
        for (String[] row : rows) {
            Label field = new Label(row[0]);
            field.setMinWidth(Region.USE_PREF_SIZE);
            Label a = value(row[1]);
            Label b = value(row[2]);
            if (!Objects.equals(row[1], row[2])) {
                for (Label l : List.of(field, a, b)) {
                    l.getStyleClass().add("conflict-differs");
                }
                a.setId("assetConflictMine" + r);
                b.setId("assetConflictTheirs" + r);
            }
            g.addRow(r++, field, a, b);
        }
        d.getDialogPane().setContent(g);
        ButtonType keep = new ButtonType(m.get("assets.conflict.keepMine"), ButtonData.OK_DONE);
        ButtonType take = new ButtonType(m.get("assets.conflict.takeTheirs"), ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().addAll(keep, take, DialogButtons.cancel());
        d.getDialogPane().lookupButton(keep).setId("assetConflictKeepMine");
        d.getDialogPane().lookupButton(take).setId("assetConflictTakeTheirs");
        d.setResultConverter(b -> b == keep ? Choice.KEEP_MINE : b == take ? Choice.TAKE_THEIRS : null);
        d.setResizable(true);
        return d.showAndWait();
    }

    private static String[] row(String field, String mine, String theirs) {
        return new String[] {field, mine == null ? "" : mine, theirs == null ? "" : theirs};
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
