package io.plantdesk.app.lint;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * What is cut off without an ellipsis to show it: the last lines of a label, the last columns of
 * a table that scrolls sideways. Apart from {@link DesignLint} to keep each file small.
 */
public final class CutOff {

    private CutOff() {}

    /**
     * Tables that scroll sideways: at 1280 px their last columns are out of sight (cut, with no
     * ellipsis). Not part of {@link DesignLint#check}: many screens still do, so DesignLintFxTest asks it of
     * the screens whose issue made them fit.
     */
    public static List<String> sidewaysProblems(Parent root, String where) {
        List<String> out = new ArrayList<>();
        root.applyCss();
        root.layout();
        DesignLint.walk(root, n -> {
            if (n instanceof TableView<?> t && scrollsSideways(t)) {
                out.add(where + ": " + DesignLint.describe(n)
                        + " scrolls sideways (its columns are wider than the table)");
            }
        });
        return out;
    }

    /** A table whose own horizontal scroll bar shows. */
    static boolean scrollsSideways(TableView<?> t) {
        return t.lookupAll(".scroll-bar").stream()
                .anyMatch(b -> b instanceof ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        && bar.isVisible()
                        && bar.getParent() != null
                        && bar.getParent() == t.lookup(".virtual-flow")); // its own, not a nested table's
    }

    /**
     * Lines lost below a label, with no ellipsis to show it: a text of several lines (wrapped, or
     * with line breaks) taller than its label is clipped by the label's skin, so its last lines
     * simply are not drawn; and a wrapping label laid out lower than its text needs at its width.
     */
    static boolean linesCutOff(Labeled l) {
        Text text = labeledText(l);
        if (text == null || text.getText() == null || text.getText().isEmpty() || l.getHeight() <= 0) {
            return false;
        }
        Node clip = text.getClip();
        if (clip != null
                && clip.getLayoutBounds().getHeight() < text.getLayoutBounds().getHeight() - 1) {
            return true;
        }
        return l.isWrapText()
                && l.getContentBias() == javafx.geometry.Orientation.HORIZONTAL
                && l.getHeight() < l.prefHeight(l.getWidth()) - 1;
    }

    private static Text labeledText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
                return t;
            }
        }
        return null;
    }
}
