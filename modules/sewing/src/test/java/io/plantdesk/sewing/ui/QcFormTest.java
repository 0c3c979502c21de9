package io.plantdesk.sewing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.sewing.DefectCode;
import io.plantdesk.ui.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checkpoint's checks before sending: the database's rules in the floor's words, naming the field to fix. */
class QcFormTest {

    private final Messages m = Messages.of(FloorStatusFeature.BUNDLE, QcFormTest.class);
    private final DefectCode os = new DefectCode(UUID.randomUUID(), "OS", "Open seam");
    private final DefectCode sk = new DefectCode(UUID.randomUUID(), "SK", "Skipped stitch");

    private QcForm.Outcome check(String checked, String defective, String osCount, String skCount, int bundle) {
        return QcForm.check(
                m, checked, defective, List.of(new QcForm.Count(os, osCount), new QcForm.Count(sk, skCount)), bundle);
    }

    private void refused(QcForm.Outcome o, QcForm.Field field, String text) {
        assertThat(o.valid()).isNull();
        assertThat(o.problem()).isEqualTo(new QcForm.Problem(field, text));
    }

    @Test
    void aCleanBundleAndADefectiveOnePass() {
        assertThat(check("20", "", "", "", 20).valid()).isEqualTo(new QcForm.Valid(20, 0, Map.of()));
        assertThat(check(" 20 ", "3", "2", "2", 20).valid())
                .isEqualTo(new QcForm.Valid(20, 3, Map.of(os.id(), 2, sk.id(), 2)));
    }

    @Test
    void eachRuleIsSaidInPlantWords() {
        refused(
                check("", "0", "", "", 20),
                QcForm.Field.CHECKED,
                "Pieces checked is a whole number from 1 to 20 (the bundle's pieces).");
        refused(
                check("21", "0", "", "", 20),
                QcForm.Field.CHECKED,
                "Pieces checked is a whole number from 1 to 20 (the bundle's pieces).");
        assertThat(check("x", "0", "", "", 0).problem().field()).isEqualTo(QcForm.Field.CHECKED);
        refused(
                check("20", "-1", "", "", 20),
                QcForm.Field.DEFECTIVE,
                "Defective pieces is a whole number: 0 when every piece passed.");
        refused(
                check("10", "11", "11", "", 20),
                QcForm.Field.DEFECTIVE,
                "11 defective pieces is more than the 10 pieces checked.");
        refused(
                check("20", "3", "two", "", 20),
                QcForm.Field.DEFECTS,
                "The count for defect OS is a whole number (leave it empty for none).");
        refused(
                check("20", "3", "1", "1", 20),
                QcForm.Field.DEFECTS,
                "3 defective pieces need at least 3 defects by code; 2 are counted.");
        refused(
                check("20", "0", "1", "", 20),
                QcForm.Field.DEFECTIVE,
                "1 defects are counted but no piece is defective: enter the defective pieces.");
    }

    @Test
    void reworkIsWithinTheDefectivePiecesNotYetMended() {
        assertThat(QcForm.reworkProblem(m, "3", 3)).isNull();
        assertThat(QcForm.reworkProblem(m, "4", 3).text())
                .isEqualTo("Pieces reworked is a whole number from 1 to 3 (the defective pieces not yet reworked).");
        assertThat(QcForm.reworkProblem(m, "", 3)).isNotNull();
    }
}
