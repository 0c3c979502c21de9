package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.Line;
import io.plantdesk.sewing.RunDraft;
import io.plantdesk.sewing.RunRow;
import io.plantdesk.sewing.Style;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The run form's values as typed, and a sentence per field saying what the database would refuse
 * (quantity, target, dates, a line and a style of the plant's lists): checked before sending, so
 * a refusal from the database is rare and never costs what was typed.
 */
public final class RunEdit {

    /** The database's bounds (sewing.run's CHECKs); the form says them first. */
    static final int MAX_QTY = 10_000_000;

    static final BigDecimal MAX_TARGET = new BigDecimal("200");

    final ObjectProperty<Line> line = new SimpleObjectProperty<>();
    final ObjectProperty<Style> style = new SimpleObjectProperty<>();
    final StringProperty orderRef = new SimpleStringProperty("");
    final StringProperty qty = new SimpleStringProperty("");
    final StringProperty target = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();

    final StringProperty lineError = new SimpleStringProperty("");
    final StringProperty styleError = new SimpleStringProperty("");
    final StringProperty orderRefError = new SimpleStringProperty("");
    final StringProperty qtyError = new SimpleStringProperty("");
    final StringProperty targetError = new SimpleStringProperty("");
    final StringProperty datesError = new SimpleStringProperty("");

    private final BiFunction<String, Object[], String> text;

    RunEdit(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    /** A blank form for a new run: today's start and the plant's usual 70 % target. */
    void clear(LocalDate today) {
        line.set(null);
        style.set(null);
        orderRef.set("");
        qty.set("");
        target.set("70");
        startsOn.set(today);
        endsOn.set(null);
        clearErrors();
    }

    /** The form showing a run as saved, its line and style picked from the plant's lists. */
    void show(RunRow r, List<Line> lines, List<Style> styles) {
        line.set(lines.stream()
                .filter(l -> l.id().equals(r.lineId()))
                .findFirst()
                .orElse(null));
        style.set(styles.stream()
                .filter(s -> s.id().equals(r.styleId()))
                .findFirst()
                .orElse(null));
        orderRef.set(r.orderRef());
        qty.set(Integer.toString(r.orderQty()));
        target.set(r.targetEfficiency().stripTrailingZeros().toPlainString());
        startsOn.set(r.startsOn());
        endsOn.set(r.endsOn());
        clearErrors();
    }

    /** The draft to send, or empty with each problem's sentence beside its field. */
    Optional<RunDraft> check(List<Line> lines, List<Style> styles) {
        clearErrors();
        boolean ok = true;
        if (line.get() == null || !lines.contains(line.get())) {
            lineError.set(text.apply("runs.check.line", new Object[0]));
            ok = false;
        }
        if (style.get() == null || !styles.contains(style.get())) {
            styleError.set(text.apply("runs.check.style", new Object[0]));
            ok = false;
        }
        String ref = orderRef.get() == null ? "" : orderRef.get().strip();
        if (ref.isEmpty() || ref.length() > 40) {
            orderRefError.set(text.apply("runs.check.order", new Object[] {40}));
            ok = false;
        }
        Integer q = whole(qty.get());
        if (q == null || q < 1 || q > MAX_QTY) {
            qtyError.set(text.apply("runs.check.qty", new Object[] {MAX_QTY}));
            ok = false;
        }
        BigDecimal t = decimal(target.get());
        if (t == null || t.signum() <= 0 || t.compareTo(MAX_TARGET) > 0 || t.scale() > 2) {
            targetError.set(text.apply("runs.check.target", new Object[] {MAX_TARGET}));
            ok = false;
        }
        if (startsOn.get() == null) {
            datesError.set(text.apply("runs.check.start", new Object[0]));
            ok = false;
        } else if (endsOn.get() != null && endsOn.get().isBefore(startsOn.get())) {
            datesError.set(text.apply("runs.check.dates", new Object[0]));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new RunDraft(line.get().id(), style.get().id(), ref, q, t, startsOn.get(), endsOn.get()));
    }

    void clearErrors() {
        for (StringProperty e : List.of(lineError, styleError, orderRefError, qtyError, targetError, datesError)) {
            e.set("");
        }
    }

    static Integer whole(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(String s) {
        try {
            return s == null
                    ? null
                    : new BigDecimal(
                            s.strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
