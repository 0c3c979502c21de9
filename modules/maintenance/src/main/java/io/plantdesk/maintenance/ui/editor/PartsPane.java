package io.plantdesk.maintenance.ui.editor;

import io.plantdesk.maintenance.MovementKind;
import io.plantdesk.maintenance.Part;
import io.plantdesk.maintenance.PlannedPart;
import io.plantdesk.maintenance.StockLevel;
import io.plantdesk.maintenance.StockMovement;
import io.plantdesk.maintenance.ui.WorkOrderTexts;
import io.plantdesk.ui.i18n.Formats;
import io.plantdesk.ui.widgets.Columns;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Parts planned for the work order beside those issued to it, and a line to issue more from a
 * stock location. More than the
 * location holds is refused here with the count on hand (and by the database's ledger anyway).
 */
final class PartsPane {

    private final WorkOrderTexts t;
    private final EditorModel model;

    PartsPane(WorkOrderTexts t, EditorModel model) {
        this.t = t;
        this.model = model;
    }

    Node node() {
        TableView<StockMovement> table = new TableView<>(model.issued());
        table.setId("woParts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(t.get("parts.part"), m -> partName(m.partId())));
        table.getColumns().add(Columns.text(t.get("parts.quantity"), m -> quantity(m)));
        table.getColumns()
                .add(Columns.text(t.get("parts.when"), m -> Formats.system().dateTime(m.at())));
        table.setPlaceholder(new Label(t.get("parts.none")));
        // What the work is planned to take (its template's, its PM schedule's) beside what was issued.
        TableView<PlannedPart> planned = new TableView<>(model.planned());
        planned.setId("woPlannedParts");
        planned.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        planned.getColumns().add(Columns.text(t.get("parts.part"), p -> partName(p.partId())));
        planned.getColumns()
                .add(Columns.text(
                        t.get("parts.quantity"),
                        p -> p.quantity().stripTrailingZeros().toPlainString() + " " + unit(p.partId())));
        planned.setPlaceholder(new Label(t.get("parts.planned.none")));
        Label plannedTitle = new Label(t.get("parts.planned"));
        Label issuedTitle = new Label(t.get("parts.issued"));
        plannedTitle.getStyleClass().add("text-bold");
        issuedTitle.getStyleClass().add("text-bold");
        VBox plannedBox = new VBox(4, plannedTitle, planned);
        VBox issuedBox = new VBox(4, issuedTitle, table);
        VBox.setVgrow(planned, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(plannedBox, Priority.ALWAYS);
        HBox.setHgrow(issuedBox, Priority.ALWAYS);
        plannedBox.setPrefWidth(1);
        issuedBox.setPrefWidth(1);
        HBox tables = new HBox(12, plannedBox, issuedBox);
        VBox.setVgrow(tables, Priority.ALWAYS);

        ComboBox<StockLevel> from = new ComboBox<>();
        from.setId("partsFrom");
        from.setPromptText(t.get("parts.choose"));
        from.setConverter(t.converter(s -> t.get(
                "parts.level",
                partName(s.partId()),
                s.locationName(),
                s.onHand().stripTrailingZeros().toPlainString(),
                unit(s.partId()))));
        from.setItems(model.stock());
        from.setMaxWidth(Double.MAX_VALUE);
        TextField qty = new TextField();
        qty.setId("partsQuantity");
        qty.setPromptText(t.get("parts.quantity"));
        qty.setPrefColumnCount(5);
        Label error = new Label();
        error.setId("partsError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        Button issue = new Button(t.get("parts.issue"));
        issue.setId("partsIssue");
        issue.setOnAction(e -> {
            StockLevel s = from.getValue();
            Optional<BigDecimal> q = parse(qty.getText());
            if (s == null) {
                error.setText(t.get("parts.check.choose"));
                return;
            }
            if (q.isEmpty() || q.get().signum() <= 0) {
                error.setText(t.get("parts.check.quantity"));
                return;
            }
            if (q.get().compareTo(s.onHand()) > 0) {
                error.setText(t.get(
                        "parts.check.stock",
                        s.onHand().stripTrailingZeros().toPlainString(),
                        unit(s.partId()),
                        partName(s.partId()),
                        s.locationName(),
                        q.get().stripTrailingZeros().toPlainString()));
                return;
            }
            error.setText("");
            issue.setDisable(true);
            model.issue(
                    s.partId(),
                    s.locationId(),
                    q.get(),
                    () -> {
                        issue.setDisable(false);
                        qty.clear();
                        from.setValue(null);
                    },
                    msg -> {
                        issue.setDisable(false);
                        error.setText(msg); // the line keeps what was chosen and typed
                    });
        });
        FlowPane line = new FlowPane(8, 8, from, qty, issue);
        from.setPrefWidth(420);
        ServerOnly.bind(model.shownAsOfProperty(), error, t.get("editor.needsServer"), line);
        return new VBox(8, tables, line, error);
    }

    private String quantity(StockMovement m) {
        BigDecimal q = m.kind() == MovementKind.ISSUED
                ? m.quantity().abs()
                : m.quantity().abs().negate();
        return q.stripTrailingZeros().toPlainString() + " " + unit(m.partId());
    }

    private String partName(UUID partId) {
        return model.catalogue().stream()
                .filter(p -> p.id().equals(partId))
                .map(p -> p.code() + "  " + p.name())
                .findFirst()
                .orElse("");
    }

    private String unit(UUID partId) {
        return model.catalogue().stream()
                .filter(p -> p.id().equals(partId))
                .map(Part::unit)
                .findFirst()
                .orElse("");
    }

    private static Optional<BigDecimal> parse(String v) {
        try {
            return v == null || v.isBlank()
                    ? Optional.empty()
                    : Optional.of(new BigDecimal(v.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
