package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog.Choice;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog.Row;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.stage.Window;

/**
 * Someone saved the asset while this planner edited it: the asset's fields for the shared
 * side-by-side dialog, with the asset editor's words and ids.
 */
final class AssetConflictDialog {

    private AssetConflictDialog() {}

    static Optional<Choice> ask(
            Window owner, Messages m, AssetForm form, AssetDraft mine, Asset theirs, Function<UUID, String> parent) {
        List<Row> rows = List.of(
                new Row(m.get("assets.kind"), form.kindWord(mine.kind()), form.kindWord(theirs.kind())),
                new Row(m.get("assets.parent"), parent.apply(mine.parentId()), parent.apply(theirs.parentId())),
                new Row(m.get("assets.code"), mine.code(), theirs.code()),
                new Row(m.get("assets.name"), mine.name(), theirs.name()),
                new Row(m.get("assets.asset.type"), mine.assetType(), theirs.assetType()),
                new Row(m.get("assets.manufacturer"), mine.manufacturer(), theirs.manufacturer()),
                new Row(m.get("assets.model"), mine.model(), theirs.model()),
                new Row(m.get("assets.serial"), mine.serial(), theirs.serial()),
                new Row(
                        m.get("assets.criticality"),
                        m.get("assets.criticality." + mine.criticality()),
                        m.get("assets.criticality." + theirs.criticality())),
                new Row(m.get("assets.location"), mine.location(), theirs.location()));
        return SideBySideDialog.ask(
                owner,
                SideBySideDialog.Words.of(m, "assets.conflict", theirs.code(), theirs.name()),
                "assetConflict",
                rows);
    }
}
