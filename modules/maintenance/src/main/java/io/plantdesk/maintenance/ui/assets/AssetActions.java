package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.maintenance.assets.AssetNode;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The asset screen's header actions: new asset (Ctrl+N: a site, or a sibling of the chosen
 * asset), new child, edit (F2) for planners and admins; record a meter reading for everyone who
 * sees the screen (readings come from the floor too).
 */
final class AssetActions {

    private final AssetsViewModel vm;
    private final AssetEditModel edits;
    private final Messages m;
    private final Clock clock;
    private final boolean canEdit;
    private final AssetPmModel pm;

    AssetActions(AssetsViewModel vm, AssetEditModel edits, AssetPmModel pm, Messages m, Clock clock, boolean canEdit) {
        this.vm = vm;
        this.edits = edits;
        this.pm = pm;
        this.m = m;
        this.clock = clock;
        this.canEdit = canEdit;
    }

    /** The chosen asset's PM schedules, for its page. */
    Node pmSection() {
        return new PmSection(vm, pm, m, clock, canEdit).build();
    }

    List<Node> buttons(AssetsView view) {
        Button reading = new Button(m.get("assets.reading.new"), new FontIcon(Material2MZ.SPEED));
        reading.setId("assetReading");
        reading.disableProperty().bind(Bindings.isEmpty(vm.meters()));
        reading.setTooltip(new Tooltip(m.get("assets.reading.tip")));
        reading.setOnAction(e -> ReadingDialog.open(
                reading.getScene().getWindow(),
                m,
                edits,
                List.copyOf(vm.meters()),
                vm.selectedMeterProperty().get(),
                clock,
                () -> {
                    vm.reload();
                    pm.reload();
                }));
        if (!canEdit) {
            return List.of(reading);
        }
        Button add = new Button(m.get("assets.new"), new FontIcon(Material2AL.ADD));
        add.setId("assetNew");
        Shortcuts.mark(add, Shortcut.NEW);
        add.setOnAction(e -> {
            AssetNode at = vm.selectedProperty().get();
            AssetKind kind = at == null ? AssetKind.SITE : at.kind();
            AssetDialog.create(
                    add.getScene().getWindow(),
                    m,
                    edits,
                    kind,
                    at == null ? null : at.parentId(),
                    vm.problemProperty()::set,
                    view::show);
        });
        Button child = new Button(m.get("assets.new.child"), new FontIcon(Material2AL.ACCOUNT_TREE));
        child.setId("assetNewChild");
        child.disableProperty().bind(vm.selectedProperty().isNull());
        child.setOnAction(e -> {
            AssetNode at = vm.selectedProperty().get();
            AssetKind kind = at.kind() == AssetKind.SITE
                    ? AssetKind.LINE
                    : at.kind() == AssetKind.LINE ? AssetKind.MACHINE : AssetKind.COMPONENT;
            AssetDialog.create(
                    child.getScene().getWindow(), m, edits, kind, at.id(), vm.problemProperty()::set, view::show);
        });
        Button edit = new Button(m.get("assets.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("assetEdit");
        Shortcuts.mark(edit, Shortcut.EDIT);
        edit.disableProperty().bind(vm.selectedProperty().isNull());
        edit.setOnAction(e -> AssetDialog.edit(
                edit.getScene().getWindow(),
                m,
                edits,
                vm.selectedProperty().get().id(),
                vm.problemProperty()::set,
                view::show));
        return List.of(add, child, edit, reading);
    }
}
