package io.plantdesk.fleet.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table that shows its columns by priority, as many as its width holds, each as wide as its
 * widest text in the font it is drawn in (Desk or Floor): no horizontal scrolling and no text cut
 * short. A column that does not fit is hidden; what it holds is the caller's to show in the detail.
 * The widths are measured on each layout pass, so a switch to Floor mode (larger type) or a
 * narrower pane re-decides.
 */
final class PriorityTable<T> extends TableView<T> {

    /**
     * A column, the text its cells show for a row, which rows show it in bold (a state that must
     * not rest on colour alone), and its rank (0 is shown first and always).
     */
    private record Ranked<T>(TableColumn<T, ?> column, Function<T, String> text, Predicate<T> bold, int priority) {}

    /** What a vertical scroll bar and the table's own border may take. */
    private static final double RESERVE = 16;
    /** Around a header's text: the sort arrow, its gaps. */
    private static final double HEADER_EXTRA = 12;

    private static final String TARGET = "plantdesk.priority.width";

    private final List<Ranked<T>> ranked = new ArrayList<>();

    PriorityTable(ObservableList<T> items) {
        super(items);
        // The widths are set here: each shown column as wide as its text, the last one shown also
        // takes what is left, so the columns meet the table's edge without a filler.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** Adds {@code column} at the end; {@code text} is what its cells show, for measuring. */
    void add(TableColumn<T, ?> column, Function<T, String> text, int priority) {
        add(column, text, row -> false, priority);
    }

    void add(TableColumn<T, ?> column, Function<T, String> text, Predicate<T> bold, int priority) {
        getColumns().add(column);
        ranked.add(new Ranked<>(column, text, bold, priority));
    }

    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    private void fit() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - RESERVE;
        if (width <= 0 || ranked.isEmpty()) {
            return;
        }
        Labeled cell = labeled(".table-row-cell .table-cell");
        Labeled header = labeled(".column-header .label");
        Font cellFont = cell == null ? Font.getDefault() : cell.getFont();
        Font boldFont = Font.font(cellFont.getFamily(), FontWeight.BOLD, cellFont.getSize());
        Font headerFont = header == null ? boldFont : header.getFont();
        double cellPad = cell == null ? 2 * cellFont.getSize() : horizontal(cell.getPadding()) + 4;
        double used = 0;
        List<Ranked<T>> byRank = new ArrayList<>(ranked);
        byRank.sort(Comparator.comparingInt(r -> r.priority()));
        Map<Ranked<T>, Double> shown = new HashMap<>();
        for (Ranked<T> r : byRank) {
            double need = Math.ceil(Math.max(
                    measure(r.column().getText(), headerFont) + cellPad + HEADER_EXTRA,
                    getItems().stream()
                                    .mapToDouble(item -> measure(
                                            r.text().apply(item), r.bold().test(item) ? boldFont : cellFont))
                                    .max()
                                    .orElse(0)
                            + cellPad));
            if (r.priority() == 0 || used + need <= width) {
                used += need;
                shown.put(r, need);
            }
        }
        Ranked<T> last = null;
        for (Ranked<T> r : ranked) {
            if (shown.containsKey(r)) {
                last = r;
            }
        }
        for (Ranked<T> r : ranked) {
            boolean visible = shown.containsKey(r);
            if (visible) {
                double target = Math.floor(shown.get(r) + (r == last ? Math.max(0, width - used) : 0));
                // Set only when the target moves: a column a person widened by hand stays so until then.
                if (!Double.valueOf(target).equals(r.column().getProperties().get(TARGET))) {
                    r.column().getProperties().put(TARGET, target);
                    r.column().setMinWidth(shown.get(r));
                    r.column().setPrefWidth(target);
                }
            }
            if (r.column().isVisible() != visible) {
                r.column().setVisible(visible);
            }
        }
    }

    private Labeled labeled(String selector) {
        for (Node n : lookupAll(selector)) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                return l;
            }
        }
        return null;
    }

    private static double horizontal(Insets i) {
        return i == null ? 0 : i.getLeft() + i.getRight();
    }

    private static double measure(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
