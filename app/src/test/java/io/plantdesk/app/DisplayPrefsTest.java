package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.shell.CommandPalette;
import io.plantdesk.app.shell.DisplayPrefs;
import io.plantdesk.app.shell.DisplayPrefsStore;
import io.plantdesk.app.shell.ShellTestAccess;
import io.plantdesk.app.shell.WindowPlacement;
import io.plantdesk.platform.config.AppPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window fits a 1366x768 floor PC, comes back where it was, and the palette finds by words. */
class DisplayPrefsTest {

    @TempDir
    Path home;

    @Test
    void theFirstWindowFitsA1366x768ScreenWithATaskBar() {
        Rectangle2D visual = new Rectangle2D(0, 0, 1366, 728); // 40 px of task bar
        Rectangle2D b = ShellTestAccess.firstBounds(visual);
        assertThat(b.getWidth()).isLessThanOrEqualTo(1366).isGreaterThanOrEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(b.getHeight()).isLessThanOrEqualTo(728).isGreaterThanOrEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(visual.contains(b)).isTrue();
        Rectangle2D desk = ShellTestAccess.firstBounds(new Rectangle2D(0, 0, 1920, 1040));
        assertThat(desk.getWidth()).isEqualTo(1280);
        assertThat(WindowPlacement.MIN_HEIGHT).isLessThanOrEqualTo(728);
    }

    @Test
    void placeSizeMaximisedAndKioskSurviveARestart() {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"), home.resolve("data/logs"));
        DisplayPrefsStore store = new DisplayPrefsStore(paths);
        assertThat(store.load().hasBounds()).isFalse();
        DisplayPrefs p =
                DisplayPrefs.defaults().withBounds(40, 30, 1100, 700, true).withKiosk(true, "overview");
        store.save(p);
        assertThat(new DisplayPrefsStore(paths).load()).isEqualTo(p);
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"), home.resolve("data/logs"));
        Files.createDirectories(paths.configDir());
        Files.writeString(paths.configDir().resolve("display.properties"), "window.x=left\nwindow.y=\\u12");
        assertThat(new DisplayPrefsStore(paths).load()).isEqualTo(DisplayPrefs.defaults());
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsIgnored() {
        List<Rectangle2D> one = List.of(new Rectangle2D(0, 0, 1366, 728));
        assertThat(ShellTestAccess.onSomeScreen(DisplayPrefs.defaults().withBounds(1500, 100, 1000, 700, false), one))
                .isFalse();
        assertThat(ShellTestAccess.onSomeScreen(DisplayPrefs.defaults().withBounds(100, 100, 1000, 700, false), one))
                .isTrue();
    }

    @Test
    void thePaletteFindsByAnyWordsInAnyOrder() {
        List<CommandPalette.Command> all = List.of(
                new CommandPalette.Command("Open People", "people", () -> {}),
                new CommandPalette.Command("Change my password…", "password", () -> {}),
                new CommandPalette.Command("Log out", "logout sign out", () -> {}));
        assertThat(ShellTestAccess.filter(all, "pass ch"))
                .extracting(CommandPalette.Command::title)
                .containsExactly("Change my password…");
        assertThat(ShellTestAccess.filter(all, "PEO"))
                .extracting(CommandPalette.Command::title)
                .containsExactly("Open People");
        assertThat(ShellTestAccess.filter(all, "")).hasSize(3);
        assertThat(ShellTestAccess.filter(all, "nothing like it")).isEmpty();
    }

    @Test
    void theSettingsPortMustBeAFreeUserPort() {
        assertThat(ShellTestAccess.validPort("15432")).isTrue();
        assertThat(ShellTestAccess.validPort(" 1024 ")).isTrue();
        assertThat(ShellTestAccess.validPort("80")).isFalse();
        assertThat(ShellTestAccess.validPort("70000")).isFalse();
        assertThat(ShellTestAccess.validPort("abc")).isFalse();
    }
}
