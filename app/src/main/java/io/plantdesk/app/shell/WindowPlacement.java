package io.plantdesk.app.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was, or at a size that fits the screen: the old fixed 1280x800 did not
 * fit a 1366x768 floor PC. A remembered place on a screen that is gone is ignored.
 */
public final class WindowPlacement {

    /** The preferred first size; shrunk to the screen's usable area where that is smaller. */
    static final double PREFERRED_WIDTH = 1280;

    static final double PREFERRED_HEIGHT = 760;
    /** Small enough for 1366x768 with a task bar and window frame. */
    public static final double MIN_WIDTH = 960;

    public static final double MIN_HEIGHT = 600;

    private WindowPlacement() {}

    /** The window's first size on a screen whose usable area is {@code visual}. */
    static Rectangle2D firstBounds(Rectangle2D visual) {
        double w = Math.max(Math.min(PREFERRED_WIDTH, visual.getWidth()), Math.min(MIN_WIDTH, visual.getWidth()));
        double h = Math.max(Math.min(PREFERRED_HEIGHT, visual.getHeight()), Math.min(MIN_HEIGHT, visual.getHeight()));
        return new Rectangle2D(
                visual.getMinX() + (visual.getWidth() - w) / 2, visual.getMinY() + (visual.getHeight() - h) / 2, w, h);
    }

    /** Whether a remembered place still shows at least a title bar's worth on one of the screens. */
    static boolean onSomeScreen(DisplayPrefs p, List<Rectangle2D> screens) {
        Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), Math.max(1, p.width()), 40);
        return screens.stream().anyMatch(s -> s.intersects(titleBar));
    }

    public static void restore(Stage stage, DisplayPrefs p) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        var screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        if (p.hasBounds() && onSomeScreen(p, screens)) {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(Math.min(Math.max(p.width(), MIN_WIDTH), Math.max(MIN_WIDTH, visual.getWidth())));
            stage.setHeight(Math.min(Math.max(p.height(), MIN_HEIGHT), Math.max(MIN_HEIGHT, visual.getHeight())));
        } else {
            Rectangle2D b = firstBounds(visual);
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        }
        stage.setMaximized(p.maximized());
    }

    /** The window's place now; while maximised, the place it had before (what un-maximising gives back). */
    public static DisplayPrefs capture(Stage stage, DisplayPrefs p, Rectangle2D normal) {
        Rectangle2D b = stage.isMaximized() || stage.isFullScreen()
                ? normal
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (b == null) {
            return p.withBounds(p.x(), p.y(), p.width(), p.height(), stage.isMaximized());
        }
        return p.withBounds(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized());
    }
}
