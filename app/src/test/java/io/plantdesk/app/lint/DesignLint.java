package io.plantdesk.app.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * The design rules of DESIGN.md section 8, checked on a rendered scene: Floor-mode targets of
 * 48 px, no label cut short with an ellipsis, text contrast of 4.5:1 measured against the
 * rendered background, and every fixed text from a resource bundle. Returns one line per problem.
 */
public final class DesignLint {

    static final double FLOOR_MIN = 48;
    static final double MIN_CONTRAST = 4.5;

    private final List<Pattern> bundleTexts;

    public DesignLint(List<String> bundles) {
        this.bundleTexts = patterns(bundles);
    }

    /** Problems of one screen or dialog as rendered now. */
    public List<String> check(Parent root, boolean floor, String where) {
        List<String> out = new ArrayList<>();
        root.applyCss();
        root.layout();
        WritableImage shot = root.snapshot(new SnapshotParameters(), null);
        Bounds rootBounds = root.localToScene(root.getBoundsInLocal());
        walk(root, n -> {
            if (floor && tooSmall(n)) {
                out.add(where + ": " + describe(n) + " is " + Math.round(height(n))
                        + " px high in Floor mode (needs 48)");
            }
            if (n instanceof Labeled l && cutShort(l)) {
                out.add(where + ": " + describe(n) + " shows \"" + shownText(l) + "\" for \"" + l.getText() + "\""
                        + (CutOff.linesCutOff(l) ? " with its last lines cut off" : ""));
            }
            // A drop-down's chosen value is its button cell, which the walk does not enter.
            if (n instanceof javafx.scene.control.ComboBox<?> box) {
                for (Node c : box.getChildrenUnmodifiable()) { // the button cell, not the hidden list's cells
                    if (c instanceof javafx.scene.control.ListCell<?> cell && cutShort(cell)) {
                        out.add(where + ": " + describe(n) + " shows \"" + shownText(cell) + "\" for \""
                                + cell.getText() + "\"");
                    }
                }
            }
            if (n instanceof Labeled l
                    && !l.isDisabled()
                    && l.getText() != null
                    && !l.getText().isBlank()) {
                double ratio = contrast(l, shot, rootBounds);
                if (ratio < MIN_CONTRAST) {
                    out.add(where + ": " + describe(n) + " \"" + l.getText() + "\" has contrast "
                            + String.format("%.2f", ratio) + ":1");
                }
            }
            if (n instanceof Labeled l
                    && !isData(l)
                    && l.getText() != null
                    && !l.getText().isBlank()
                    && !fromBundle(l.getText())) {
                out.add(where + ": " + describe(n) + " shows \"" + l.getText() + "\", which is in no resource bundle");
            }
        });
        return out;
    }

    /** Walks the shown nodes, not into charts (their axes are drawn data) nor scroll bars. */
    static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (!n.isVisible() || n instanceof ScrollBar) {
            return;
        }
        visit.accept(n);
        if (n instanceof Chart || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>) {
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }

    private static boolean tooSmall(Node n) {
        boolean target = n instanceof ButtonBase
                || n instanceof ComboBoxBase<?>
                || n instanceof ChoiceBox<?>
                || n instanceof TextInputControl
                || (n instanceof IndexedCell<?> c
                        && !c.isEmpty()
                        && c.getParent() != null
                        && !(c instanceof javafx.scene.control.TableCell<?, ?>));
        return target && isTouchable(n) && height(n) < FLOOR_MIN - 0.5;
    }

    private static boolean isTouchable(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollBar
                    || p.getStyleClass().contains("column-header")
                    || p.getStyleClass().contains("arrow-button")) {
                return false;
            }
        }
        return true;
    }

    private static double height(Node n) {
        return n.getLayoutBounds().getHeight();
    }

    private static String shownText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            // The label's own text node: an icon (Ikonli's FontIcon) is a Text too, and reading its
            // glyph let "Reset pa..." on an icon button pass.
            if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
                return t.getText();
            }
        }
        return l.getText();
    }

    static boolean cutShort(Labeled l) {
        String full = l.getText();
        String shown = shownText(l);
        if (full == null || full.isEmpty() || shown == null) {
            return false;
        }
        boolean ellipsis = !shown.equals(full)
                && (shown.endsWith("…") || shown.endsWith("...") || shown.contains("…") && !full.contains("…"));
        return ellipsis || CutOff.linesCutOff(l);
    }

    /** Contrast of the label's text fill against the most common colour of its rendered box. */
    static double contrast(Labeled l, WritableImage shot, Bounds rootBounds) {
        Text text = null;
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                text = t;
            }
        }
        if (text == null || !(text.getFill() instanceof Color fill) || effectiveOpacity(l) < 0.99) {
            return Double.MAX_VALUE;
        }
        Bounds b = visiblePart(text, text.localToScene(text.getBoundsInLocal()));
        if (b == null) {
            return Double.MAX_VALUE;
        }
        Color opaque = Color.color(fill.getRed(), fill.getGreen(), fill.getBlue());
        Color bg = dominant(
                shot.getPixelReader(),
                (int) (b.getMinX() - rootBounds.getMinX()),
                (int) (b.getMinY() - rootBounds.getMinY()),
                (int) b.getWidth(),
                (int) b.getHeight(),
                (int) shot.getWidth(),
                (int) shot.getHeight(),
                opaque);
        if (bg == null) {
            return Double.MAX_VALUE;
        }
        Color fg = blend(fill, bg);
        return ratio(fg, bg);
    }

    /**
     * The part of a box that its clipping ancestors (a list's or a scroll pane's viewport) let
     * through, or null when too little shows to read. Measuring a half-scrolled list cell's whole
     * box counted the controls below the list as its background (a 3.0:1 "finding" in the sidebar).
     */
    static Bounds visiblePart(Node n, Bounds b) {
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            Node clip = p.getClip();
            if (clip != null) {
                // A clip's coordinates are those of the node it clips.
                Bounds c = p.localToScene(clip.getBoundsInParent());
                minX = Math.max(minX, c.getMinX());
                minY = Math.max(minY, c.getMinY());
                maxX = Math.min(maxX, c.getMaxX());
                maxY = Math.min(maxY, c.getMaxY());
            }
        }
        if (maxX - minX < 4 || maxY - minY < 4) {
            return null;
        }
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static double effectiveOpacity(Node n) {
        double o = 1;
        for (Node p = n; p != null; p = p.getParent()) {
            o *= p.getOpacity();
        }
        return o;
    }

    /**
     * The background behind a text: the most common colour of its box once the text's own pixels
     * (its colour and the blends towards it) are left out. Colours are counted in steps of 16 so a
     * gradient still has a most common one.
     */
    private static Color dominant(PixelReader r, int x, int y, int w, int h, int maxW, int maxH, Color fg) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (int i = Math.max(0, x); i < Math.min(maxW, x + w); i++) {
            for (int j = Math.max(0, y); j < Math.min(maxH, y + h); j++) {
                int argb = r.getArgb(i, j);
                Color c = Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
                if (distance(c, fg) < 0.25) {
                    continue;
                }
                int key = (argb >> 4) & 0x0f0f0f;
                counts.computeIfAbsent(key, k -> new int[] {0, argb})[0]++;
            }
        }
        return counts.values().stream()
                .max(java.util.Comparator.comparingInt(v -> v[0]))
                .map(v -> Color.rgb((v[1] >> 16) & 0xff, (v[1] >> 8) & 0xff, v[1] & 0xff))
                .orElse(null);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static Color blend(Color fg, Color bg) {
        double a = fg.getOpacity();
        return Color.color(
                fg.getRed() * a + bg.getRed() * (1 - a),
                fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Data is not from a bundle: cells of tables and lists, chart parts, and labels marked as data. */
    private static boolean isData(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Cell<?>
                    || p instanceof TableView<?>
                    || p instanceof ListView<?>
                    || p instanceof Chart
                    || p.getStyleClass().contains("data")
                    || p.getStyleClass().contains("kpi-value")) {
                return true;
            }
        }
        return false;
    }

    private boolean fromBundle(String text) {
        return bundleTexts.stream().anyMatch(p -> p.matcher(text).matches());
    }

    /** Each bundle value as a pattern: its {0}-style arguments match anything. */
    static List<Pattern> patterns(List<String> bundles) {
        List<Pattern> out = new ArrayList<>();
        for (String b : bundles) {
            Properties p = new Properties();
            try (InputStream in = DesignLint.class.getResourceAsStream(b)) {
                if (in == null) {
                    throw new IllegalArgumentException("No bundle " + b);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String v : p.stringPropertyNames().stream().map(p::getProperty).toList()) {
                String unquoted = v.replace("''", "'");
                StringBuilder re = new StringBuilder();
                for (String part : unquoted.split("\\{[^}]*\\}(\\})?", -1)) {
                    if (!re.isEmpty()) {
                        re.append("(?s).*");
                    }
                    re.append(Pattern.quote(part));
                }
                out.add(Pattern.compile(re.toString(), Pattern.DOTALL));
            }
        }
        return out;
    }

    public static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + id + text;
    }

    /**
     * Every control the keyboard can reach must look different when it has the focus: each is
     * drawn, focused, and drawn again; identical pictures mean no visible focus style.
     */
    public static List<String> focusProblems(Parent root, String where) {
        List<String> out = new ArrayList<>();
        List<Control> focusable = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Control c
                    && c.isFocusTraversable()
                    && !c.isDisabled()
                    && !isData(c)
                    && !(c instanceof Labeled l && !(c instanceof ButtonBase))
                    && c.getScene() != null) {
                focusable.add(c);
            }
        });
        Node before = root.getScene().getFocusOwner();
        for (Control c : focusable) {
            root.getScene().getRoot().requestFocus();
            root.applyCss();
            WritableImage plain = c.snapshot(null, null);
            c.requestFocus();
            root.applyCss();
            root.layout();
            WritableImage focused = c.snapshot(null, null);
            if (same(plain, focused)) {
                out.add(where + ": " + describe(c) + " looks the same with and without the focus");
            }
        }
        if (before != null) {
            before.requestFocus();
        }
        return out;
    }

    private static boolean same(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
