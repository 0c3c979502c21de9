package io.plantdesk.ui.i18n;

import javafx.scene.Node;

/**
 * The marker for a node whose text is data (a plant's, a person's or a profile's name, a host, a
 * script's own words), not a sentence from a bundle. The code that shows data sets it; the
 * pseudo-locale walk and the design lint skip what it marks, and nothing else, so a hard-coded
 * English word still fails them. It is the style class {@value #STYLE_CLASS}.
 */
public final class DataText {

    public static final String STYLE_CLASS = "data";

    private DataText() {}

    public static <N extends Node> N mark(N node) {
        if (!node.getStyleClass().contains(STYLE_CLASS)) {
            node.getStyleClass().add(STYLE_CLASS);
        }
        return node;
    }

    public static boolean isData(Node node) {
        return node.getStyleClass().contains(STYLE_CLASS);
    }
}
