package io.plantdesk.sewing.ui.setup;

import io.plantdesk.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Lines and operators": two toggles beside the title choose the half shown, so each list and its
 * form have the whole width of a 1366x768 floor PC, in Floor mode's type too.
 */
public final class SetupView {

    private final LinesViewModel lines;
    private final OperatorsViewModel operators;
    private final Messages m;

    public SetupView(LinesViewModel lines, OperatorsViewModel operators, Messages m) {
        this.lines = lines;
        this.operators = operators;
        this.m = m;
    }

    public Node build() {
        Label title = new Label(m.get("setup.title"));
        title.getStyleClass().add("page-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        ToggleGroup group = new ToggleGroup();
        ToggleButton showLines = new ToggleButton(m.get("setup.show.lines"));
        showLines.setId("setupShowLines");
        ToggleButton showOperators = new ToggleButton(m.get("setup.show.operators"));
        showOperators.setId("setupShowOperators");
        showLines.setToggleGroup(group);
        showOperators.setToggleGroup(group);
        Node linesNode = new LinesPane(lines, m).build();
        Node operatorsNode = new OperatorsPane(operators, m).build();
        operatorsNode.setVisible(false);
        StackPane halves = new StackPane(linesNode, operatorsNode);
        VBox.setVgrow(halves, Priority.ALWAYS);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one half is always shown
                return;
            }
            linesNode.setVisible(now == showLines);
            operatorsNode.setVisible(now == showOperators);
            if (now == showOperators) {
                operators.refresh(); // lines made a moment ago are offered at once
            }
        });
        showLines.setSelected(true);
        String hint = lines.canEdit() ? null : m.get("setup.read.only");
        HBox header = new HBox(16, title, showLines, showOperators);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("page-header");
        VBox body = new VBox(12);
        if (hint != null) {
            Label readOnly = new Label(hint);
            readOnly.setId("setupReadOnly");
            readOnly.getStyleClass().add("text-muted");
            readOnly.setWrapText(true);
            body.getChildren().add(readOnly);
        }
        body.getChildren().add(halves);
        body.getStyleClass().add("page-body");
        BorderPane root = new BorderPane(body);
        root.setTop(header);
        root.setId("sewingSetup");
        return root;
    }
}
