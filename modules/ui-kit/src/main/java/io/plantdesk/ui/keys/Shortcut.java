package io.plantdesk.ui.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The shortcuts every screen shares. A screen marks the control that does the job
 * ({@link Shortcuts#mark}); the shell finds it in the open screen when the keys are pressed, so
 * screens register no key handlers of their own and the shortcut sheet lists what really exists.
 */
public enum Shortcut {
    /** Ctrl+N: create a new item (person, work order ...). */
    NEW(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    /** F2, or Enter on a row: edit or open the selected item. */
    EDIT(new KeyCodeCombination(KeyCode.F2)),
    /** Ctrl+F: jump to the screen's search or filter field. */
    SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));

    private final KeyCombination keys;

    Shortcut(KeyCombination keys) {
        this.keys = keys;
    }

    public KeyCombination keys() {
        return keys;
    }
}
