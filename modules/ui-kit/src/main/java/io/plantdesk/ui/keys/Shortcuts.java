package io.plantdesk.ui.keys;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Marks controls with a {@link Shortcut}, finds and triggers them, and opens drop-downs by key. */
public final class Shortcuts {

    private static final String KEY = "plantdesk.shortcut";

    private Shortcuts() {}

    public static <T extends Node> T mark(T node, Shortcut shortcut) {
        node.getProperties().put(KEY, shortcut);
        return node;
    }

    public static Optional<Shortcut> markOf(Node node) {
        return Optional.ofNullable(node.getProperties().get(KEY)).map(Shortcut.class::cast);
    }

    /** The first shown, enabled control under {@code root} marked with {@code shortcut}. */
    public static Optional<Node> find(Node root, Shortcut shortcut) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (markOf(root).orElse(null) == shortcut) {
            return Optional.of(root);
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<Node> found = find(child, shortcut);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Does what the control does when clicked; a text field gets the focus with its text selected. */
    public static void trigger(Node node) {
        switch (node) {
            case ButtonBase b -> b.fire();
            case TextInputControl t -> {
                t.requestFocus();
                t.selectAll();
            }
            default -> node.requestFocus();
        }
    }

    /**
     * Space or Enter opens a focused drop-down, as people expect from every other program; the
     * controls themselves only open on Alt+Down or F4. An open list keeps its own keys.
     */
    public static void openDropDownsByKey(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.SPACE && e.getCode() != KeyCode.ENTER) {
                return;
            }
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof ComboBoxBase<?> c && !c.isShowing() && !c.isEditable()) {
                c.show();
                e.consume();
            } else if (focus instanceof ChoiceBox<?> c && !c.isShowing()) {
                c.show();
                e.consume();
            }
        });
    }
}
