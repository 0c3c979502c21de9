package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Meter;
import io.plantdesk.maintenance.PmSchedule;
import io.plantdesk.maintenance.WorkOrderTemplate;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.DialogButtons;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * New or edited PM schedule of the chosen asset. The dialog stays open on a refusal with what was
 * typed; a stale edit shows the saved version in the form, says so, and saves over it next time.
 */
final class PmDialog {

    private PmSchedule base;

    private PmDialog(PmSchedule base) {
        this.base = base;
    }

    static void open(
            Window owner,
            Messages m,
            AssetPmModel pm,
            Clock clock,
            UUID assetId,
            PmSchedule base,
            List<Meter> meters,
            List<WorkOrderTemplate> templates) {
        new PmDialog(base).show(owner, m, pm, clock, assetId, meters, templates);
    }

    private void show(
            Window owner,
            Messages m,
            AssetPmModel pm,
            Clock clock,
            UUID assetId,
            List<Meter> meters,
            List<WorkOrderTemplate> templates) {
        PmForm form = new PmForm(m, clock, templates, meters);
        if (base != null) {
            form.fill(base, templates);
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(base == null ? m.get("assets.pm.new.title") : m.get("assets.pm.edit.title", base.title()));
        d.getDialogPane().setId("pmDialog");
        Label error = new Label();
        error.setId("pmError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(new VBox(8, form.grid(), error));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(540);
        scroll.setPrefViewportWidth(560);
        d.getDialogPane().setContent(scroll);
        d.setResizable(true);
        ButtonType ok = DialogButtons.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.setId("pmSave");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Optional<String> problem = form.problem();
            if (problem.isPresent()) {
                error.setText(problem.get());
                return;
            }
            okButton.setDisable(true);
            pm.save(
                    base,
                    form.draft(assetId, base),
                    saved -> {
                        okButton.setDisable(false);
                        if (saved.conflict()) {
                            base = saved.schedule();
                            form.fill(base, templates);
                            error.setText(m.get("assets.pm.conflict"));
                            return;
                        }
                        d.setResult(null);
                        d.close();
                    },
                    msg -> {
                        okButton.setDisable(false);
                        error.setText(msg);
                    });
        });
        d.show();
    }
}
