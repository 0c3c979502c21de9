package io.plantdesk.app.shell;

/**
 * How this computer shows Plantdesk: where the window was and whether it was maximised (restored
 * at the next start), and the kiosk option of a floor PC.
 *
 * @param x           the window's left edge, or NaN before the first close (then it is centred)
 * @param y           the window's top edge, or NaN
 * @param width       the window's width, or NaN (then a size that fits the screen is chosen)
 * @param height      the window's height, or NaN
 * @param maximized   whether the window was maximised
 * @param kiosk       full screen without window chrome; leaving needs an admin's password
 * @param kioskScreen the sidebar screen a kiosk opens at (a feature id), or empty for the first
 */
public record DisplayPrefs(
        double x, double y, double width, double height, boolean maximized, boolean kiosk, String kioskScreen) {

    public DisplayPrefs {
        kioskScreen = kioskScreen == null ? "" : kioskScreen;
    }

    public static DisplayPrefs defaults() {
        return new DisplayPrefs(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, false, "");
    }

    public boolean hasBounds() {
        return !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(width) && !Double.isNaN(height);
    }

    public DisplayPrefs withBounds(double nx, double ny, double w, double h, boolean max) {
        return new DisplayPrefs(nx, ny, w, h, max, kiosk, kioskScreen);
    }

    public DisplayPrefs withKiosk(boolean on, String screen) {
        return new DisplayPrefs(x, y, width, height, maximized, on, screen);
    }
}
