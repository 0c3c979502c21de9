package io.plantdesk.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Cut short" covers labels of several lines: JavaFX clips a text taller than its label without an
 * ellipsis, so the lint used to pass a label whose last line was simply not drawn.
 */
@ExtendWith(ApplicationExtension.class)
class DesignLintCutLinesFxTest {

    private Label lines;
    private Label wrapped;
    private Label roomy;

    @Start
    void start(Stage stage) {
        lines = new Label("Line 1: 12 operators\nLine 2: 9 operators\nLine 3: 11 operators");
        lines.setStyle("-fx-font-size: 14px;");
        lines.setMinHeight(20);
        lines.setPrefHeight(20);
        lines.setMaxHeight(20); // room for the first line only
        wrapped = new Label("The run's order quantity is more than the line can sew before the ship date");
        wrapped.setStyle("-fx-font-size: 14px;");
        wrapped.setWrapText(true);
        wrapped.setMinHeight(20);
        wrapped.setPrefHeight(20);
        wrapped.setMaxHeight(20);
        wrapped.setMaxWidth(160);
        roomy = new Label("The run's order quantity is more than the line can sew before the ship date");
        roomy.setStyle("-fx-font-size: 14px;");
        roomy.setWrapText(true);
        roomy.setMaxWidth(160);
        stage.setScene(new Scene(new VBox(8, lines, wrapped, roomy), 320, 400));
        stage.show();
    }

    @Test
    void aLabelWhoseLastLinesAreNotDrawnIsCutShort(FxRobot robot) {
        boolean[] cut = new boolean[3];
        robot.interact(() -> {
            lines.getParent().applyCss();
            lines.getParent().layout();
            cut[0] = DesignLint.cutShort(lines);
            cut[1] = DesignLint.cutShort(wrapped);
            cut[2] = DesignLint.cutShort(roomy);
        });
        assertThat(cut[0]).as("three lines in a label one line high").isTrue();
        assertThat(cut[1]).as("a wrapped sentence in a label one line high").isTrue();
        assertThat(cut[2]).as("a wrapped sentence with the height it needs").isFalse();
    }
}
