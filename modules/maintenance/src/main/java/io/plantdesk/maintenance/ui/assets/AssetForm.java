package io.plantdesk.maintenance.ui.assets;

import io.plantdesk.maintenance.Asset;
import io.plantdesk.maintenance.AssetDraft;
import io.plantdesk.maintenance.AssetKind;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.widgets.Forms;
import io.plantdesk.ui.widgets.Shown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The asset editor's fields and their checks (the database's rules, said before sending): a
 * parent of a higher level (a component under a machine or another component), never the asset
 * itself or one of its parts, a code and a name the register accepts, short texts.
 */
final class AssetForm {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

    final ChoiceBox<AssetKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(AssetKind.values()));
    /** Typed words narrow the parents offered (the database finds them, a page at a time). */
    final TextField parentFind = field("assetParentFind");

    final ComboBox<Asset> parent = new ComboBox<>();
    /**
     * Under the search, why it found nothing new (the server did not answer): the form's own error
     * line is Save's, and a search that works again clears this one without wiping Save's sentence.
     */
    final Label parentProblem = new Label();

    final TextField code = field("assetCode");
    final TextField name = field("assetName");
    final TextField type = field("assetType");
    final TextField manufacturer = field("assetMake");
    final TextField model = field("assetModel");
    final TextField serial = field("assetSerial");
    final ChoiceBox<Integer> criticality = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
    final TextField location = field("assetLocation");
    private final Messages m;
    private final ParentSearch search;
    /** Every asset the picker has shown, to name a parent (the conflict dialog's side by side). */
    private final Map<UUID, Asset> known = new HashMap<>();

    private final PauseTransition typing = new PauseTransition(Duration.millis(250));
    /** The newest search asked; an older answer arriving late is dropped. */
    private int asked;

    /** Finds the parents that may hold one of {@code child}'s kind; answers (or the failure's sentence) on the FX thread. */
    @FunctionalInterface
    interface ParentSearch {
        void find(AssetKind child, String text, Consumer<List<Asset>> then, Consumer<String> failed);
    }

    AssetForm(Messages m, ParentSearch search) {
        this.m = m;
        this.search = search;
        kind.setId("assetKind");
        kind.setConverter(Shown.as(
                k -> k == null ? "" : m.get("assets.kind.choice." + k.name().toLowerCase(Locale.ROOT))));
        parent.setId("assetParent");
        parent.setConverter(
                Shown.as(a -> a == null ? "" : m.get("assets.node", a.code(), a.name(), kindWord(a.kind()))));
        parent.setMaxWidth(Double.MAX_VALUE);
        parentFind.setPromptText(m.get("assets.parent.find"));
        parentProblem.setId("assetParentError");
        parentProblem.getStyleClass().add("field-error");
        parentProblem.setWrapText(true);
        parentProblem.setMinHeight(Region.USE_PREF_SIZE);
        parentProblem.managedProperty().bind(parentProblem.textProperty().isNotEmpty());
        criticality.setId("assetCriticality");
        criticality.setConverter(Shown.as(c -> c == null ? "" : m.get("assets.criticality." + c)));
        criticality.setValue(3);
        typing.setOnFinished(e -> parents());
        parentFind.textProperty().addListener((o, a, b) -> typing.playFromStart());
        kind.valueProperty().addListener((o, a, b) -> parents());
    }

    /** The assets that may hold one of the chosen kind and match the typed words, keeping the chosen parent where it still fits. */
    private void parents() {
        AssetKind k = kind.getValue();
        parent.setDisable(k == null || k == AssetKind.SITE);
        parentFind.setDisable(parent.isDisabled());
        if (parent.isDisabled()) {
            parent.getItems().clear();
            parent.setValue(null);
            return;
        }
        int mine = ++asked;
        search.find(
                k,
                parentFind.getText(),
                found -> {
                    if (mine == asked) {
                        offer(k, found);
                    }
                },
                msg -> {
                    if (mine == asked) { // what was chosen and typed stays; only the offer is not renewed
                        parentProblem.setText(m.get("assets.parent.find.failed", msg));
                    }
                });
    }

    private void offer(AssetKind k, List<Asset> found) {
        parentProblem.setText("");
        found.forEach(a -> known.put(a.id(), a));
        Asset chosen = parent.getValue();
        List<Asset> items = new ArrayList<>(found);
        boolean keep = chosen != null && AssetKind.holds(chosen.kind(), k);
        if (keep && !items.contains(chosen)) {
            items.addFirst(chosen);
        }
        parent.getItems().setAll(items);
        parent.setValue(keep ? chosen : null);
    }

    /** The name of a parent the picker has shown (or was given), for the side-by-side of a stale edit. */
    String parentName(UUID id) {
        Asset a = id == null ? null : known.get(id);
        return a == null ? "" : a.code() + "  " + a.name();
    }

    /** Shows {@code p} as the chosen parent (the asset's own, or the one a new asset is made under). */
    void knowParent(Asset p) {
        if (p != null) {
            known.put(p.id(), p);
        }
    }

    void fill(AssetKind k, Asset parentAsset, AssetDraft d) {
        knowParent(parentAsset);
        parent.setValue(parentAsset);
        if (parentAsset != null && !parent.getItems().contains(parentAsset)) {
            parent.getItems().addFirst(parentAsset);
        }
        if (kind.getValue() == k) {
            parents();
        } else {
            kind.setValue(k);
        }
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
        // The chosen parent whole on its line, the words that narrow the choice under it (Floor type
        // left both cut short side by side).
        g.addRow(r++, label("assets.parent", parent), new VBox(6, parent, parentFind, parentProblem));
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
