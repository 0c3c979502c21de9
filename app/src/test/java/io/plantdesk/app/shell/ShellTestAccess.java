package io.plantdesk.app.shell;

/** Opens the shell package's package-private helpers to the tests in io.plantdesk.app. */
public final class ShellTestAccess {

    private ShellTestAccess() {}

    public static long waitSeconds(int failures) {
        return EmbeddedSupervisor.wait(failures).toSeconds();
    }

    public static javafx.geometry.Rectangle2D firstBounds(javafx.geometry.Rectangle2D visual) {
        return WindowPlacement.firstBounds(visual);
    }

    public static boolean onSomeScreen(DisplayPrefs p, java.util.List<javafx.geometry.Rectangle2D> screens) {
        return WindowPlacement.onSomeScreen(p, screens);
    }

    public static java.util.List<CommandPalette.Command> filter(java.util.List<CommandPalette.Command> all, String q) {
        return CommandPalette.filter(all, q);
    }

    public static boolean validPort(String t) {
        return AppDialogs.validPort(t);
    }
}
