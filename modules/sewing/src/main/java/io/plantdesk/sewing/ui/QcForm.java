package io.plantdesk.sewing.ui;

import io.plantdesk.sewing.DefectCode;
import io.plantdesk.ui.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a QC inspector typed, checked before anything is sent: the same rules the database keeps
 * (defective pieces within the pieces checked, within the bundle; at least one defect per
 * defective piece, no defects without one), said in plant words and naming the field to fix.
 */
public final class QcForm {

    /** The fields a problem points at (the view marks and focuses it). */
    public enum Field {
        CODE,
        OPERATION,
        OPERATOR,
        CHECKED,
        DEFECTIVE,
        DEFECTS,
        REWORK
    }

    /** A problem in words, and the field to fix. */
    public record Problem(Field field, String text) {}

    /** A check that passed: the numbers as the request carries them. */
    record Valid(int checked, int defective, Map<UUID, Integer> defectsByCode) {
        int defects() {
            return defectsByCode.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One defect code's count as typed (blank is none). */
    record Count(DefectCode code, String typed) {}

    /** Either a problem or the valid numbers. */
    record Outcome(Problem problem, Valid valid) {}

    private QcForm() {}

    /**
     * @param bundleQuantity the bundle's pieces when it was looked up; 0 when unknown (offline)
     */
    static Outcome check(Messages m, String checkedText, String defectiveText, List<Count> counts, int bundleQuantity) {
        int max = bundleQuantity > 0 ? bundleQuantity : 1000;
        Integer checked = whole(checkedText, 0);
        if (checked == null || checked < 1 || checked > max) {
            return problem(Field.CHECKED, m.get("qc.problem.checked", max));
        }
        Integer defective = whole(defectiveText, 0);
        if (defective == null || defective < 0) {
            return problem(Field.DEFECTIVE, m.get("qc.problem.defective.number"));
        }
        if (defective > checked) {
            return problem(Field.DEFECTIVE, m.get("qc.problem.defective.over", defective, checked));
        }
        Map<UUID, Integer> byCode = new LinkedHashMap<>();
        for (Count c : counts) {
            Integer n = whole(c.typed(), 0);
            if (n == null || n < 0 || n > 100_000) {
                return problem(
                        Field.DEFECTS,
                        m.get("qc.problem.defects.number", c.code().code()));
            }
            if (n > 0) {
                byCode.put(c.code().id(), n);
            }
        }
        int defects = byCode.values().stream().mapToInt(Integer::intValue).sum();
        if (defects < defective) {
            return problem(Field.DEFECTS, m.get("qc.problem.defects.under", defective, defects));
        }
        if (defects > 0 && defective == 0) {
            return problem(Field.DEFECTIVE, m.get("qc.problem.defective.none", defects));
        }
        return new Outcome(null, new Valid(checked, defective, Map.copyOf(byCode)));
    }

    /** Pieces of rework: a whole number from 1 to what the check found defective. */
    static Problem reworkProblem(Messages m, String typed, int defective) {
        Integer n = whole(typed, -1);
        if (n == null || n < 1 || n > defective) {
            return new Problem(Field.REWORK, m.get("qc.problem.rework", defective));
        }
        return null;
    }

    /** A whole number, {@code blank} when nothing was typed, null when it is not one. */
    static Integer whole(String typed, int blank) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return blank;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Outcome problem(Field f, String text) {
        return new Outcome(new Problem(f, text), null);
    }
}
