package io.plantdesk.maintenance.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A dialog's size once shown: the size it wants, but never more than the screen it is on (a
 * 1280x728 floor PC included), centred on it. A dialog's window otherwise takes its content's
 * preferred width, which a wide form or a long header sentence pushes off screen or squeezes.
 */
final class DialogSize {

    private DialogSize() {}

    static void fitWhenShown(Dialog<?> d, double width, double height) {
        Runnable fit = () -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double w = Math.min(width, screen.getWidth() - 16);
            double h = Math.min(height, screen.getHeight() - 16);
            d.setWidth(w);
            d.setHeight(h);
            d.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
            d.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        };
        // Once shown, and once more after the pulse: the shell's Desk/Floor styling of new dialog
        // windows sizes them to their scene when they appear, which would undo the first.
        d.setOnShown(e -> {
            fit.run();
            Platform.runLater(fit);
        });
    }

    /**
     * Sizes a shown dialog's window to its content again (an error line appeared, say), but never
     * beyond {@code width} x {@code height} nor the screen: the form scrolls instead.
     */
    static void refit(Window w, double width, double height) {
        w.sizeToScene();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        w.setWidth(Math.min(w.getWidth(), Math.min(width, screen.getWidth() - 16)));
        w.setHeight(Math.min(w.getHeight(), Math.min(height, screen.getHeight() - 16)));
    }
}
