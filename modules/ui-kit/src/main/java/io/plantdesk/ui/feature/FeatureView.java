package io.plantdesk.ui.feature;

import javafx.scene.Node;

/**
 * An opened feature screen and its lifecycle, driven by the shell on the FX thread: {@link #shown}
 * when it becomes the visible screen, {@link #hidden} when another one does (stop timers, pause
 * live-refresh subscriptions, cancel loads nobody will see), {@link #dispose} at logout (release
 * everything; the view is never shown again).
 */
public interface FeatureView {

    Node node();

    default void shown() {}

    default void hidden() {}

    default void dispose() {}

    /** A view with nothing to start or stop. */
    static FeatureView of(Node node) {
        return () -> node;
    }
}
