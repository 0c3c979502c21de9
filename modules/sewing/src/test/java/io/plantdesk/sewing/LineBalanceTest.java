package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Line balancing against worked examples done by hand.
 *
 * <p>Polo collar, a shift of 480 available minutes, target 600 garments: takt = 480 / 600 = 0.8
 * minutes. Attach collar 1.2 SMV needs 1.2 / 0.8 = 1.50 operators (2, cycle 0.600); Topstitch
 * collar 0.8 needs 1.00 (1, cycle 0.800); Attach label 0.5 needs 0.625 (1, cycle 0.500); Side seam
 * 2.0 needs 2.50 (3, cycle 0.667). The bottleneck is Topstitch collar (0.800 min per garment), so
 * the line makes 480 / 0.8 = 600; total SMV 4.5 needs 5.63 operators, 7 are allocated, balance
 * efficiency 4.5 x 100 / (7 x 0.8) = 80.4 %.
 */
class LineBalanceTest {

    private static Operation op(int seq, String name, String smv) {
        return new Operation(
                UUID.randomUUID(), UUID.randomUUID(), seq, name, new BigDecimal(smv), BigDecimal.ZERO, null, 1, false);
    }

    private static final List<Operation> POLO = List.of(
            op(10, "Attach collar", "1.2"),
            op(20, "Topstitch collar", "0.8"),
            op(30, "Attach label", "0.5"),
            op(40, "Side seam", "2.0"));

    @Test
    void thePoloCollarBalancesAsWorkedByHand() {
        LineBalance b = LineBalance.of(POLO, 480, 600).orElseThrow();
        assertThat(b.takt()).isEqualByComparingTo("0.8");
        assertThat(b.totalSmv()).isEqualByComparingTo("4.5");
        assertThat(b.operatorsNeeded()).isEqualByComparingTo("5.63");
        assertThat(b.operatorsAllocated()).isEqualTo(7);
        assertThat(b.achievableOutput()).isEqualTo(600);
        assertThat(b.balanceEfficiency()).isEqualByComparingTo("80.4");
        assertThat(b.steps())
                .extracting(s -> s.name() + " " + s.needed().toPlainString() + " " + s.allocated() + " "
                        + s.cycle().toPlainString() + (s.bottleneck() ? " bottleneck" : ""))
                .containsExactly(
                        "Attach collar 1.50 2 0.600",
                        "Topstitch collar 1.00 1 0.800 bottleneck",
                        "Attach label 0.63 1 0.500",
                        "Side seam 2.50 3 0.667");
        assertThat(b.bottlenecks()).extracting(LineBalance.Step::name).containsExactly("Topstitch collar");
    }

    /**
     * A tighter target moves the bottleneck: 480 minutes for 800 garments, takt 0.6. Attach collar
     * 1.2 / 0.6 = 2 (cycle 0.600), Topstitch 0.8 / 0.6 = 1.33 (2, cycle 0.400), Attach label 0.83 (1,
     * cycle 0.500), Side seam 3.33 (4, cycle 0.500). Bottleneck Attach collar at 0.600: 800 made.
     */
    @Test
    void aTighterTargetNeedsMorePeopleAndMovesTheBottleneck() {
        LineBalance b = LineBalance.of(POLO, 480, 800).orElseThrow();
        assertThat(b.takt()).isEqualByComparingTo("0.6");
        assertThat(b.steps()).extracting(LineBalance.Step::allocated).containsExactly(2, 2, 1, 4);
        assertThat(b.bottlenecks()).extracting(LineBalance.Step::name).containsExactly("Attach collar");
        assertThat(b.achievableOutput()).isEqualTo(800);
        assertThat(b.operatorsAllocated()).isEqualTo(9);
    }

    @Test
    void nothingToBalanceWithoutOperationsMinutesOrTarget() {
        assertThat(LineBalance.of(List.of(), 480, 600)).isEmpty();
        assertThat(LineBalance.of(POLO, 0, 600)).isEmpty();
        assertThat(LineBalance.of(POLO, 480, 0)).isEmpty();
    }
}
