package io.plantdesk.app;

import io.plantdesk.app.shell.CommandPalette;
import io.plantdesk.app.shell.ShortcutSheet;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.i18n.Messages;
import io.plantdesk.ui.keys.Shortcut;
import io.plantdesk.ui.keys.Shortcuts;
import io.plantdesk.ui.theme.UiMode;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard: F1 or "?" for the shortcut sheet, Ctrl+K for the command palette,
 * Ctrl+Shift+S for the Sync panel, Ctrl+1..9 for the sidebar, F5 to reload, and the screens' own Ctrl+N / F2 / Enter / Ctrl+F,
 * which act on the control the open screen marked with that {@link Shortcut}.
 */
final class Keys {

    private static final KeyCombination PALETTE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SYNC =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SIDEBAR = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final AppWindow window;
    private final Messages m;

    Keys(AppWindow window, Messages m) {
        this.window = window;
        this.m = m;
    }

    void install(Scene scene) {
        // A filter: controls take some of these for themselves (a table starts editing on F2).
        // Enter stays with the focused control unless it is a table or list (see handle).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER && handle(scene, e)) {
                e.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && handle(scene, e)) {
                e.consume();
            }
        });
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                ShortcutSheet.show(window.stage(), m);
                e.consume();
            }
        });
    }

    private boolean handle(Scene scene, KeyEvent e) {
        if (e.getCode() == KeyCode.F1) {
            ShortcutSheet.show(window.stage(), m);
            return true;
        }
        var shell = window.shell();
        if (shell == null) {
            return false;
        }
        if (PALETTE.match(e)) {
            CommandPalette.show(window.stage(), m, commands());
            return true;
        }
        if (SYNC.match(e)) {
            return shell.openSyncPanel();
        }
        if (SIDEBAR.match(e)) {
            shell.focusSidebar();
            return true;
        }
        if (e.isShortcutDown()
                && !e.isAltDown()
                && e.getCode().isDigitKey()
                && e.getCode() != KeyCode.DIGIT0
                && e.getCode() != KeyCode.NUMPAD0) {
            shell.selectScreen(digit(e.getCode()) - 1);
            return true;
        }
        if (e.getCode() == KeyCode.F5) {
            window.shellViewModel().refreshAll();
            return true;
        }
        for (Shortcut s : Shortcut.values()) {
            if (s.keys().match(e)) {
                return fire(shell.currentView(), s);
            }
        }
        Node focus = scene.getFocusOwner();
        if (e.getCode() == KeyCode.ENTER
                && !e.isShortcutDown()
                && (focus instanceof TableView<?> || focus instanceof ListView<?>)
                && isInside(focus, shell.currentView())) {
            return fire(shell.currentView(), Shortcut.EDIT);
        }
        return false;
    }

    private static boolean fire(Node view, Shortcut s) {
        var target = Shortcuts.find(view, s);
        target.ifPresent(Shortcuts::trigger);
        return target.isPresent();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Every screen, every shell action, and every button the open screen shows right now. */
    List<CommandPalette.Command> commands() {
        var vm = window.shellViewModel();
        List<CommandPalette.Command> out = new ArrayList<>();
        for (Feature f : vm.features()) {
            out.add(new CommandPalette.Command(
                    m.get("palette.open", f.title()),
                    f.id(),
                    () -> vm.selectedProperty().set(f)));
        }
        out.add(new CommandPalette.Command(
                m.get("shell.settings"), "preferences options theme", window::openSettingsFromKeys));
        out.add(new CommandPalette.Command(
                m.get("palette.floor"),
                "floor desk mode large touch",
                () -> vm.modeProperty().set(vm.modeProperty().get() == UiMode.FLOOR ? UiMode.DESK : UiMode.FLOOR)));
        out.add(new CommandPalette.Command(
                m.get("palette.dark"),
                "dark light theme",
                () -> vm.darkProperty().set(!vm.darkProperty().get())));
        out.add(new CommandPalette.Command(m.get("palette.refresh"), "reload refresh F5", vm::refreshAll));
        if (window.shell().hasSyncPanel()) {
            out.add(new CommandPalette.Command(
                    m.get("keys.sync"),
                    "sync outbox offline pending send",
                    () -> window.shell().openSyncPanel()));
        }
        out.add(new CommandPalette.Command(
                m.get("shell.shortcuts"), "keys keyboard help F1", () -> ShortcutSheet.show(window.stage(), m)));
        out.add(new CommandPalette.Command(m.get("shell.password"), "password", () -> window.changePasswordFromKeys()));
        if (window.kiosk()) {
            out.add(new CommandPalette.Command(m.get("kiosk.leave"), "kiosk exit", () -> window.leaveKiosk(false)));
        }
        out.add(new CommandPalette.Command(m.get("shell.logout"), "logout sign out exit", () -> window.logout(true)));
        String screen = vm.selectedProperty().get() == null
                ? ""
                : vm.selectedProperty().get().title();
        buttons(window.shell().currentView(), out, screen);
        return out;
    }

    private void buttons(Node n, List<CommandPalette.Command> out, String screen) {
        if (n == null || !n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof ButtonBase b
                && b instanceof Labeled l
                && l.getText() != null
                && !l.getText().isBlank()) {
            out.add(new CommandPalette.Command(m.get("palette.action", l.getText(), screen), screen, b::fire));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> buttons(c, out, screen));
        }
    }
}
