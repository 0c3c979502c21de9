package io.plantdesk.sewing.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A line's output per hour as bars, small enough for a tile: a full bar is the hourly target (or
 * the best hour, when higher). An hour under target is drawn in the warning colour and shorter;
 * the hour in progress is outlined only, so a half-done hour never reads as a bad one.
 */
final class Sparkline extends HBox {

    static final double HEIGHT = 40;

    Sparkline(List<Long> hourly, int hourlyTarget, String description) {
        super(3);
        getStyleClass().add("sparkline");
        setAlignment(Pos.BOTTOM_LEFT);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setAccessibleText(description);
        long top = Math.max(
                hourlyTarget, hourly.stream().mapToLong(Long::longValue).max().orElse(0));
        for (int i = 0; i < hourly.size(); i++) {
            long v = hourly.get(i);
            Region bar = new Region();
            bar.getStyleClass().add("spark-bar");
            boolean current = i == hourly.size() - 1;
            if (current) {
                bar.getStyleClass().add("spark-now");
            } else if (hourlyTarget > 0 && v < hourlyTarget) {
                bar.getStyleClass().add("spark-below");
            }
            double h = top == 0 ? 2 : Math.max(2, HEIGHT * v / top);
            bar.setMinSize(12, h);
            bar.setPrefSize(12, h);
            bar.setMaxSize(12, h);
            getChildren().add(bar);
        }
    }
}
