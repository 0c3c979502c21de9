package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.PmSchedule;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Columns;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The chosen asset's PM schedules on its page: what triggers each, when (or at what reading) it
 * is next due, whether it is paused; planners add and edit them here (the asset is the place a
 * planner thinks of its service plan).
 */
final class PmSection {

    private final AssetsViewModel vm;
    private final AssetPmModel pm;
    private final Messages m;
    private final Clock clock;
    private final boolean canEdit;

    PmSection(AssetsViewModel vm, AssetPmModel pm, Messages m, Clock clock, boolean canEdit) {
        this.vm = vm;
        this.pm = pm;
        this.m = m;
        this.clock = clock;
        this.canEdit = canEdit;
    }

    Node build() {
        Label title = new Label(m.get("assets.pm"));
        title.getStyleClass().add("text-bold");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        TableView<PmSchedule> table = new TableView<>(pm.schedules());
        table.setId("assetPm");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(m.get("assets.pm.title.field"), PmSchedule::title, 160));
        table.getColumns().add(Columns.text(m.get("assets.pm.every"), this::every));
        table.getColumns().add(Columns.text(m.get("assets.pm.next"), this::next));
        table.getColumns()
                .add(Columns.text(
                        m.get("assets.pm.state"), s -> m.get(s.active() ? "assets.pm.active" : "assets.pm.paused")));
        table.setPlaceholder(new Label(m.get("assets.pm.none")));
        table.setPrefHeight(120);
        if (canEdit) {
            Button add = new Button(m.get("assets.pm.new"), new FontIcon(Material2AL.ADD));
            add.setId("assetPmNew");
            add.setOnAction(e -> open(add, null));
            Button edit = new Button(m.get("assets.pm.edit"), new FontIcon(Material2AL.EDIT));
            edit.setId("assetPmEdit");
            edit.disableProperty()
                    .bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty()));
            edit.setOnAction(e -> open(edit, table.getSelectionModel().getSelectedItem()));
            table.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                    open(edit, table.getSelectionModel().getSelectedItem());
                }
            });
            head.getChildren().addAll(add, edit);
        }
        VBox box = new VBox(8, head, table);
        box.visibleProperty().bind(vm.selectedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void open(Button from, PmSchedule base) {
        var asset = vm.selectedProperty().get();
        if (asset == null) {
            return;
        }
        Consumer<String> failed = vm.problemProperty()::set;
        pm.templates(
                templates -> PmDialog.open(
                        from.getScene().getWindow(),
                        m,
                        pm,
                        clock,
                        asset.id(),
                        base,
                        new ArrayList<>(vm.meters()),
                        templates),
                failed);
    }

    private String every(PmSchedule s) {
        List<String> parts = new ArrayList<>();
        if (s.intervalDays() != null) {
            parts.add(m.get("assets.pm.every.days", s.intervalDays()));
        }
        if (s.meterInterval() != null) {
            parts.add(m.get("assets.pm.every.meter", plain(s.meterInterval()), meterName(s)));
        }
        return parts.size() == 2 ? m.get("assets.pm.both", parts.get(0), parts.get(1)) : String.join("", parts);
    }

    private String next(PmSchedule s) {
        List<String> parts = new ArrayList<>();
        if (s.nextDueAt() != null) {
            parts.add(Formats.system()
                    .date(s.nextDueAt().atZoneSameInstant(clock.getZone()).toLocalDate()));
        }
        if (s.nextDueMeter() != null) {
            parts.add(m.get("assets.pm.next.meter", plain(s.nextDueMeter())));
        }
        return parts.size() == 2 ? m.get("assets.pm.both", parts.get(0), parts.get(1)) : String.join("", parts);
    }

    private String meterName(PmSchedule s) {
        return vm.meters().stream()
                .filter(mt -> mt.id().equals(s.meterId()))
                .map(mt -> mt.name())
                .findFirst()
                .orElse("");
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
