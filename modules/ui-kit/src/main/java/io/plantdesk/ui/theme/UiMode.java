package io.plantdesk.ui.theme;

import java.util.Locale;

/** Desk: dense, keyboard-first. Floor: large type and touch targets, readable from 3 m. */
public enum UiMode {
    DESK,
    FLOOR;

    public String styleClass() {
        return "mode-" + name().toLowerCase(Locale.ROOT);
    }

    public static UiMode parse(String s) {
        return "floor".equalsIgnoreCase(s) ? FLOOR : DESK;
    }
}
