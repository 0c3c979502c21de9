package io.plantdesk.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lint measures a text's contrast only where it is drawn: a list or scroll pane that cuts a
 * label in half must not make what lies below the list count as the label's background.
 */
@ExtendWith(ApplicationExtension.class)
class DesignLintClipFxTest {

    private VBox root;
    private Label half;

    @Start
    void start(Stage stage) {
        half = new Label("Work orders");
        half.setStyle("-fx-text-fill: #dddddd; -fx-font-size: 14px; -fx-padding: 0 8 0 8;");
        VBox content = new VBox(half);
        content.setStyle("-fx-background-color: #202020;");
        ScrollPane list = new ScrollPane(content);
        list.setStyle("-fx-background: #202020; -fx-background-color: #202020; -fx-padding: 0;");
        list.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setMinHeight(7);
        list.setPrefHeight(7);
        list.setMaxHeight(7); // shows the text's top 7 px; the rest is under the grey below
        Region below = new Region();
        below.setStyle("-fx-background-color: #a0a0a0;");
        below.setPrefHeight(120);
        root = new VBox(list, below);
        stage.setScene(new Scene(root, 240, 160));
        stage.show();
    }

    @Test
    void aLabelCutByItsListIsMeasuredOnlyWhereItShows(FxRobot robot) {
        double[] ratio = new double[1];
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            WritableImage shot = root.snapshot(new SnapshotParameters(), null);
            Bounds rootBounds = root.localToScene(root.getBoundsInLocal());
            ratio[0] = DesignLint.contrast(half, shot, rootBounds);
        });
        // #dddddd on #202020 is about 11:1; on the grey below it would be about 1.7:1.
        assertThat(ratio[0]).isGreaterThan(DesignLint.MIN_CONTRAST);
    }
}
