package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The asset editor's fields and their checks (the database's rules, said before sending): a
 * parent of a higher level (a component under a machine or another component), never the asset
 * itself or one of its parts, a code and a name the register accepts, short texts.
 */
final class AssetForm {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    final ChoiceBox<AssetKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(AssetKind.values()));
    final ComboBox<Asset> parent = new ComboBox<>();
    final TextField code = field("assetCode");
    final TextField name = field("assetName");
    final TextField type = field("assetType");
    final TextField manufacturer = field("assetMake");
    final TextField model = field("assetModel");
    final TextField serial = field("assetSerial");
    final ChoiceBox<Integer> criticality = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
    final TextField location = field("assetLocation");
    private final Messages m;
    private final List<Asset> all;
    private final Set<UUID> excluded = new HashSet<>();

    AssetForm(Messages m, List<Asset> all, Asset editing) {
        this.m = m;
        this.all = all;
        kind.setId("assetKind");
        kind.setConverter(Shown.as(
                k -> k == null ? "" : m.get("assets.kind.choice." + k.name().toLowerCase(Locale.ROOT))));
        parent.setId("assetParent");
        parent.setConverter(
                Shown.as(a -> a == null ? "" : m.get("assets.node", a.code(), a.name(), kindWord(a.kind()))));
        parent.setMaxWidth(Double.MAX_VALUE);
        criticality.setId("assetCriticality");
        criticality.setConverter(Shown.as(c -> c == null ? "" : m.get("assets.criticality." + c)));
        criticality.setValue(3);
        if (editing != null) {
            excluded.add(editing.id());
            // Its own parts cannot hold it: the tree comes parents first, so one pass finds them all.
            for (Asset a : all) {
                if (a.parentId() != null && excluded.contains(a.parentId())) {
                    excluded.add(a.id());
                }
            }
        }
        kind.valueProperty().addListener((o, a, b) -> parents());
    }

    /** The assets that may hold one of the chosen kind, keeping the chosen parent where it still fits. */
    private void parents() {
        AssetKind k = kind.getValue();
        Asset chosen = parent.getValue();
        List<Asset> fit = new ArrayList<>();
        for (Asset a : all) {
            if (k != null && !excluded.contains(a.id()) && holds(a.kind(), k)) {
                fit.add(a);
            }
        }
        parent.getItems().setAll(fit);
        parent.setValue(chosen != null && fit.contains(chosen) ? chosen : null);
        parent.setDisable(k == AssetKind.SITE);
    }

    /** The database's rule (maint.asset_check_parent), for the picker. */
    static boolean holds(AssetKind parent, AssetKind child) {
        return switch (child) {
            case SITE -> false;
            case LINE -> parent == AssetKind.SITE;
            case MACHINE -> parent == AssetKind.SITE || parent == AssetKind.LINE;
            case COMPONENT -> parent == AssetKind.MACHINE || parent == AssetKind.COMPONENT;
        };
    }

    void fill(AssetKind k, UUID parentId, AssetDraft d) {
        kind.setValue(k);
        parents();
        parent.setValue(all.stream()
                .filter(a -> a.id().equals(parentId))
                .findFirst()
                .filter(parent.getItems()::contains)
                .orElse(null));
        if (d != null) {
            code.setText(d.code());
            name.setText(d.name());
            type.setText(d.assetType());
            manufacturer.setText(d.manufacturer());
            model.setText(d.model());
            serial.setText(d.serial());
            criticality.setValue(d.criticality());
            location.setText(d.location());
        }
    }

    GridPane grid() {
        GridPane g = Forms.grid();
        int r = 0;
        g.addRow(r++, label("assets.kind", kind), kind);
        g.addRow(r++, label("assets.parent", parent), parent);
        g.addRow(r++, label("assets.code", code), code);
        g.add(Forms.hint(m.get("assets.code.hint")), 1, r++);
        g.addRow(r++, label("assets.name", name), name);
        g.addRow(r++, label("assets.asset.type", type), type);
        g.addRow(r++, label("assets.manufacturer", manufacturer), manufacturer);
        g.addRow(r++, label("assets.model", model), model);
        g.addRow(r++, label("assets.serial", serial), serial);
        g.addRow(r++, label("assets.criticality", criticality), criticality);
        g.addRow(r, label("assets.location", location), location);
        return g;
    }

    /** The first problem in reading order, or the draft to send. */
    Optional<String> problem() {
        AssetKind k = kind.getValue();
        if (k == null) {
            return Optional.of(m.get("assets.check.kind"));
        }
        if (k != AssetKind.SITE && parent.getValue() == null) {
            return Optional.of(m.get("assets.check.parent", kindWord(k)));
        }
        if (!CODE.matcher(text(code)).matches()) {
            return Optional.of(m.get("assets.check.code"));
        }
        if (text(name).isEmpty() || text(name).length() > 120) {
            return Optional.of(m.get("assets.check.name"));
        }
        for (TextField f : List.of(type, manufacturer, model, serial)) {
            if (text(f).length() > 80) {
                return Optional.of(m.get("assets.check.long", 80));
            }
        }
        if (text(location).length() > 120) {
            return Optional.of(m.get("assets.check.long", 120));
        }
        return Optional.empty();
    }

    AssetDraft draft(Asset base) {
        AssetKind k = kind.getValue();
        return new AssetDraft(
                k == AssetKind.SITE || parent.getValue() == null
                        ? null
                        : parent.getValue().id(),
                k,
                text(code),
                text(name),
                orNull(type),
                orNull(manufacturer),
                orNull(model),
                orNull(serial),
                criticality.getValue() == null ? 3 : criticality.getValue(),
                orNull(location),
                base == null ? null : base.installedOn());
    }

    String kindWord(AssetKind k) {
        return m.get("assets.kind." + k.name().toLowerCase(Locale.ROOT));
    }

    private Label label(String key, Control field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String text(TextField f) {
        return f.getText() == null ? "" : f.getText().strip();
    }

    private static String orNull(TextField f) {
        String s = text(f);
        return s.isEmpty() ? null : s;
    }
}
