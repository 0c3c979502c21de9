package io.plantdesk.sewing.ui.runs;

import io.plantdesk.sewing.CuttingDraft;
import io.plantdesk.sewing.CuttingRow;
import io.plantdesk.sewing.PlantPerson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lay form's values as typed, and a sentence per field saying what the database would refuse
 * (sewing.cutting's CHECKs, a lay number twice in the run, wastage beyond the fabric): checked
 * before sending, so a refusal from the database is rare and never costs what was typed.
 */
final class LayEdit {

    static final int MAX_PLIES = 1000;
    static final int MAX_PIECES = 10_000_000;
    static final int MAX_MINUTES = 1440;
    /** numeric(10, 2): eight digits before the point. */
    static final BigDecimal MAX_FABRIC = new BigDecimal("99999999.99");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    final StringProperty layNo = new SimpleStringProperty("");
    final StringProperty plies = new SimpleStringProperty("");
    final StringProperty pieces = new SimpleStringProperty("");
    final StringProperty fabric = new SimpleStringProperty("");
    final StringProperty wastage = new SimpleStringProperty("");
    final ObjectProperty<PlantPerson> cutter = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> cutOn = new SimpleObjectProperty<>();
    final StringProperty cutTime = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("");

    final StringProperty layNoError = new SimpleStringProperty("");
    final StringProperty pliesError = new SimpleStringProperty("");
    final StringProperty piecesError = new SimpleStringProperty("");
    final StringProperty fabricError = new SimpleStringProperty("");
    final StringProperty wastageError = new SimpleStringProperty("");
    final StringProperty cutterError = new SimpleStringProperty("");
    final StringProperty whenError = new SimpleStringProperty("");
    final StringProperty minutesError = new SimpleStringProperty("");

    private final BiFunction<String, Object[], String> text;

    LayEdit(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    /** A blank lay: the next lay number of the run, cut now, no wastage. */
    void clear(int nextLayNo, ZonedDateTime now) {
        layNo.set(Integer.toString(nextLayNo));
        plies.set("");
        pieces.set("");
        fabric.set("");
        wastage.set("0");
        cutter.set(null);
        cutOn.set(now.toLocalDate());
        cutTime.set(now.toLocalTime().format(TIME));
        minutes.set("");
        clearErrors();
    }

    /** The form showing a lay as saved, its cutter picked from the plant's people. */
    void show(CuttingRow r, List<PlantPerson> people, ZoneId zone) {
        layNo.set(Integer.toString(r.layNo()));
        plies.set(Integer.toString(r.plies()));
        pieces.set(Integer.toString(r.piecesCut()));
        fabric.set(r.fabricUsed() == null ? "" : plain(r.fabricUsed()));
        wastage.set(plain(r.wastage()));
        cutter.set(
                r.cutterId() == null
                        ? null
                        : people.stream()
                                .filter(p -> p.id().equals(r.cutterId()))
                                .findFirst()
                                .orElse(new PlantPerson(r.cutterId(), r.cutterName())));
        ZonedDateTime at = r.cutAt().atZoneSameInstant(zone);
        cutOn.set(at.toLocalDate());
        cutTime.set(at.toLocalTime().format(TIME));
        minutes.set(r.minutes() == null ? "" : Integer.toString(r.minutes()));
        clearErrors();
    }

    /**
     * The draft to send for {@code runId}, or empty with each problem's sentence beside its field.
     * {@code others} are the run's other lays (their numbers are taken).
     */
    Optional<CuttingDraft> check(UUID runId, List<CuttingRow> others, List<PlantPerson> people, ZoneId zone) {
        clearErrors();
        boolean ok = true;
        Integer no = RunEdit.whole(layNo.get());
        if (no == null || no < 1) {
            layNoError.set(text.apply("cut.check.lay", new Object[0]));
            ok = false;
        } else if (others.stream().anyMatch(o -> o.layNo() == no)) {
            layNoError.set(text.apply("cut.check.lay.taken", new Object[] {no}));
            ok = false;
        }
        Integer p = RunEdit.whole(plies.get());
        if (p == null || p < 1 || p > MAX_PLIES) {
            pliesError.set(text.apply("cut.check.plies", new Object[] {MAX_PLIES}));
            ok = false;
        }
        Integer n = RunEdit.whole(pieces.get());
        if (n == null || n < 1 || n > MAX_PIECES) {
            piecesError.set(text.apply("cut.check.pieces", new Object[] {MAX_PIECES}));
            ok = false;
        }
        BigDecimal f = blank(fabric.get()) ? null : amount(fabric.get());
        if (!blank(fabric.get()) && (f == null || f.signum() <= 0)) {
            fabricError.set(text.apply("cut.check.fabric", new Object[0]));
            ok = false;
        }
        BigDecimal w = blank(wastage.get()) ? BigDecimal.ZERO : amount(wastage.get());
        if (w == null || w.signum() < 0) {
            wastageError.set(text.apply("cut.check.wastage", new Object[0]));
            ok = false;
        } else if (f != null && w.compareTo(f) > 0) {
            wastageError.set(text.apply("cut.check.wastage.within", new Object[0]));
            ok = false;
        }
        PlantPerson who = cutter.get();
        if (who != null && people.stream().noneMatch(x -> x.id().equals(who.id()))) {
            cutterError.set(text.apply("cut.check.cutter", new Object[0]));
            ok = false;
        }
        LocalTime t = time(cutTime.get());
        if (cutOn.get() == null || t == null) {
            whenError.set(text.apply("cut.check.when", new Object[0]));
            ok = false;
        }
        Integer m = blank(minutes.get()) ? null : RunEdit.whole(minutes.get());
        if (!blank(minutes.get()) && (m == null || m < 1 || m > MAX_MINUTES)) {
            minutesError.set(text.apply("cut.check.minutes", new Object[] {MAX_MINUTES}));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new CuttingDraft(
                runId,
                no,
                p,
                n,
                f,
                w,
                who == null ? null : who.id(),
                cutOn.get().atTime(t).atZone(zone).toOffsetDateTime(),
                m));
    }

    void clearErrors() {
        for (StringProperty e : List.of(
                layNoError, pliesError, piecesError, fabricError, wastageError, cutterError, whenError, minutesError)) {
            e.set("");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A positive amount with at most two decimals that fits numeric(10, 2), or null. */
    private static BigDecimal amount(String s) {
        BigDecimal d = RunEdit.decimal(s);
        return d == null || d.scale() > 2 || d.abs().compareTo(MAX_FABRIC) > 0 ? null : d;
    }

    private static LocalTime time(String s) {
        try {
            return blank(s) ? null : LocalTime.parse(s.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
