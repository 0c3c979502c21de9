package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run's cutting against the real database: a lay recorded and corrected, the database's
 * refusals as sentences (plies, wastage beyond the fabric, a lay number twice, a stale save),
 * "Make bundles" cutting a lay once into bundles that add up to its pieces, after which its run
 * and pieces are kept; another plant neither sees nor changes a lay.
 */
@ExtendWith(PostgresExtension.class)
class CuttingServiceTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aLayIsRecordedCorrectedAndCutIntoBundlesOnce(TestDatabase db) {
        Floor floor = Floor.build(db, "CUT");
        CuttingService cutting = new CuttingService(db.jdbiAs(floor.supervisor()), clock);
        OffsetDateTime at = Floor.utc("2026-03-02T07:00");
        // The floor's run already has lay 1 (cut with its bundles by the fixture).
        assertThat(cutting.ofRun(floor.run().id()))
                .extracting(CuttingRow::layNo)
                .containsExactly(1);
        assertThat(cutting.ofRun(floor.run().id()).getFirst().bundles()).isEqualTo(2);

        CuttingRow lay = cutting.create(draft(floor, 2, 40, 80, "60", "2.5", at));
        assertThat(lay.bundles()).isZero();
        assertThat(lay.cutterName()).isNotBlank();
        CuttingRow fixed = cutting.update(lay.id(), lay.version(), draft(floor, 2, 40, 80, "61", "3", at));
        assertThat(fixed.fabricUsed()).isEqualByComparingTo("61");

        assertThatThrownBy(() -> cutting.create(draft(floor, 3, 0, 80, "60", "0", at)))
                .hasMessage("A lay has between 1 and 1000 plies.");
        assertThatThrownBy(() -> cutting.create(draft(floor, 3, 10, 80, "5", "6", at)))
                .hasMessage("Wastage cannot be more than the fabric used.");
        assertThatThrownBy(() -> cutting.create(draft(floor, 2, 10, 80, "60", "0", at)))
                .hasMessage("That lay number is already recorded for this run.");
        assertThatThrownBy(() -> cutting.update(lay.id(), lay.version(), draft(floor, 2, 40, 90, "61", "3", at)))
                .hasMessageStartingWith("Someone else changed this lay");

        assertThatThrownBy(() -> cutting.makeBundles(lay.id(), List.of(new FloorSetupService.SizeCount("M", 70)), 20))
                .hasMessage("The sizes add up to 70 pieces, but lay 2 cut 80. Put the sizes right first.");
        List<Bundle> made = cutting.makeBundles(
                lay.id(),
                List.of(new FloorSetupService.SizeCount("M", 50), new FloorSetupService.SizeCount("L", 30)),
                20);
        assertThat(made).extracting(Bundle::quantity).containsExactly(20, 20, 10, 20, 10);
        assertThatThrownBy(() -> cutting.makeBundles(lay.id(), List.of(new FloorSetupService.SizeCount("M", 80)), 20))
                .hasMessage("Lay 2 is already cut into bundles.");
        CuttingRow bundled = cutting.ofRun(floor.run().id()).get(1);
        assertThatThrownBy(
                        () -> cutting.update(bundled.id(), bundled.version(), draft(floor, 2, 40, 100, "61", "3", at)))
                .hasMessageStartingWith("Lay 2 is cut into bundles, so its run and pieces cut stay as they were");
        // Plies and fabric stay correctable.
        assertThat(cutting.update(bundled.id(), bundled.version(), draft(floor, 2, 42, 80, "62", "3", at))
                        .plies())
                .isEqualTo(42);

        Floor other = Floor.build(db, "CUX");
        CuttingService outsider = new CuttingService(db.jdbiAs(other.admin()), clock);
        assertThat(outsider.ofRun(floor.run().id())).isEmpty();
        assertThatThrownBy(() -> outsider.update(lay.id(), 1, draft(other, 9, 1, 1, "1", "0", at)))
                .hasMessage("That lay no longer exists.");
    }

    private static CuttingDraft draft(
            Floor floor, int lay, int plies, int pieces, String fabric, String waste, OffsetDateTime at) {
        return new CuttingDraft(
                floor.run().id(),
                lay,
                plies,
                pieces,
                new BigDecimal(fabric),
                new BigDecimal(waste),
                floor.ana().personId(),
                at,
                30);
    }
}
