package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.MeterKind;
import io.plantdesk.maintenance.ui.conflict.SideBySideDialog;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * New asset, new child, edit: the form checked before sending, then saved on the TaskRunner. A
 * refusal shows its sentence under the fields and keeps everything typed; a stale edit shows both
 * versions (AssetConflictDialog) and lets the planner keep theirs or save over it.
 */
final class AssetDialog {

    private final Messages m;
    private final AssetEditModel edits;
    private final Consumer<Asset> saved;
    private Asset base;

    private AssetDialog(Messages m, AssetEditModel edits, Asset base, Consumer<Asset> saved) {
        this.m = m;
        this.edits = edits;
        this.base = base;
        this.saved = saved;
    }

    /** A new asset of {@code kind} under {@code parentId} (null: a new site). */
    static void create(
            Window owner,
            Messages m,
            AssetEditModel edits,
            AssetKind kind,
            UUID parentId,
            Consumer<String> failed,
            Consumer<Asset> saved) {
        edits.maybe(
                parentId,
                parent ->
                        new AssetDialog(m, edits, null, saved).show(owner, kind, parent.orElse(null), null, List.of()),
                failed);
    }

    static void edit(
            Window owner, Messages m, AssetEditModel edits, UUID id, Consumer<String> failed, Consumer<Asset> saved) {
        edits.load(
                id,
                asset -> edits.meters(
                        id,
                        meters -> edits.maybe(
                                asset.parentId(),
                                parent -> new AssetDialog(m, edits, asset, saved)
                                        .show(owner, asset.kind(), parent.orElse(null), draftOf(asset), meters),
                                failed),
                        failed),
                failed);
    }

    private void show(Window owner, AssetKind kind, Asset parent, AssetDraft d, List<Meter> has) {
        Label error = new Label();
        // The asset being edited and its parts never hold it; the base is read when asked (a stale
        // edit taken over moves it to their version).
        AssetForm form = new AssetForm(
                m,
                (child, text, then, failed) ->
                        edits.parents(child, text, base == null ? null : base.id(), then, failed));
        form.fill(kind, parent, d);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(
                base == null ? m.get("assets.new.title") : m.get("assets.edit.title", base.code(), base.name()));
        dialog.getDialogPane().setId("assetDialog");
        CheckBox hours = meter("assetCountsHours", "assets.counts.hours", MeterKind.RUN_HOURS, has);
        CheckBox pieces = meter("assetCountsPieces", "assets.counts.pieces", MeterKind.PIECES, has);
        error.setId("assetError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE);
        Label metersTitle = new Label(m.get("assets.counts"));
        metersTitle.getStyleClass().add("text-bold");
        VBox content = new VBox(8, form.grid(), metersTitle, new HBox(16, hours, pieces), error);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(560);
        dialog.getDialogPane().setContent(scroll);
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("assetSave");
        dialog.setResizable(true);
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<String> problem = form.problem();
            if (problem.isPresent()) {
                error.setText(problem.get());
                return;
            }
            error.setText("");
            okButton.setDisable(true);
            Map<MeterKind, String> meters = new EnumMap<>(MeterKind.class);
            if (hours.isSelected() && !hours.isDisabled()) {
                meters.put(MeterKind.RUN_HOURS, m.get("assets.meter.name.hours"));
            }
            if (pieces.isSelected() && !pieces.isDisabled()) {
                meters.put(MeterKind.PIECES, m.get("assets.meter.name.pieces"));
            }
            AssetDraft mine = form.draft(base);
            edits.save(
                    base,
                    mine,
                    meters,
                    result -> {
                        okButton.setDisable(false);
                        if (!result.conflict()) {
                            dialog.setResult(null);
                            dialog.close();
                            saved.accept(result.asset());
                            return;
                        }
                        Asset theirs = result.asset();
                        form.knowParent(result.parent());
                        AssetConflictDialog.ask(
                                        dialog.getDialogPane().getScene().getWindow(),
                                        m,
                                        form,
                                        mine,
                                        theirs,
                                        form::parentName)
                                .ifPresent(choice -> {
                                    base = theirs; // either way the next save goes over their version
                                    if (choice == SideBySideDialog.Choice.TAKE_THEIRS) {
                                        form.fill(theirs.kind(), result.parent(), draftOf(theirs));
                                        error.setText(m.get("assets.conflict.taken"));
                                    } else {
                                        ((Button) okButton).fire();
                                    }
                                });
                    },
                    msg -> {
                        okButton.setDisable(false);
                        error.setText(msg);
                    });
        });
        dialog.show();
    }

    private CheckBox meter(String id, String key, MeterKind kind, List<Meter> has) {
        CheckBox c = new CheckBox(m.get(key));
        c.setId(id);
        boolean exists = has.stream().anyMatch(mt -> mt.kind() == kind);
        // A meter with readings is history: it stays, so it shows ticked and fixed.
        c.setSelected(exists);
        c.setDisable(exists);
        return c;
    }

    static AssetDraft draftOf(Asset a) {
        return new AssetDraft(
                a.parentId(),
                a.kind(),
                a.code(),
                a.name(),
                a.assetType(),
                a.manufacturer(),
                a.model(),
                a.serial(),
                a.criticality(),
                a.location(),
                a.installedOn());
    }
}
