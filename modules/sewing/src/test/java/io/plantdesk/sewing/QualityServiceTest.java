package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * QC checks, defects, rework and loading against a worked example computed by hand, stored by the
 * rollup engine and equal to a count from scratch; nothing counts twice.
 *
 * <p>Monday 2 March 2026, Morning 06:00-14:00 (UTC). Both bundles (2 x 20 pieces) are loaded onto
 * Line 1 at 06:30: 40 loaded. Ana joins shoulders on both (40 pieces), Ben hems bundle 1 (20
 * garments out). QC: bundle 2's join, 20 checked, none defective; bundle 1's hem, 20 checked, 3
 * defective with 4 defects (2 open seams, 2 skipped stitches). Ben mends the 3 pieces (rework).
 * Morning: checked 40, DHU 4 x 100 / 40 = 10.0, defective 3 x 100 / 40 = 7.5 %, rework
 * 3 x 100 / 40 = 7.5 %, WIP 40 - 20 = 20. Output stays 20 and earned minutes 40 (rework is no scan).
 * Tuesday Ben hems bundle 2: output 20, WIP at Tuesday's end 40 - 40 = 0.
 */
@ExtendWith(PostgresExtension.class)
class QualityServiceTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void theMorningsQualityMatchesTheHandWorkedFiguresStoredAndFromScratch(TestDatabase db) {
        Floor floor = Floor.build(db, "QAL");
        QualityService quality = new QualityService(db.jdbiAs(floor.supervisor()), clock);
        DefectCode openSeam = quality.defineDefectCode("OS", "Open seam");
        DefectCode skipped = quality.defineDefectCode("SK", "Skipped stitch");
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        assertThat(quality.issue(UUID.randomUUID(), b1.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:30")))
                .isTrue();
        UUID issueKey = UUID.randomUUID();
        assertThat(quality.issue(issueKey, b2.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:30")))
                .isTrue();
        assertThat(quality.issue(issueKey, b2.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:30")))
                .isFalse();
        assertThatThrownBy(() -> quality.issue(
                        UUID.randomUUID(), b2.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:40")))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("This bundle is already loaded onto a line.");

        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        ana.scan(scan(b1, floor.join(), floor.ana(), "2026-03-02T07:10"));
        ana.scan(scan(b2, floor.join(), floor.ana(), "2026-03-02T07:40"));
        ben.scan(scan(b1, floor.hem(), floor.ben(), "2026-03-02T08:20"));

        QualityService inspector = new QualityService(db.jdbiAs(floor.ana()), clock);
        inspector.check(new QcCheckRequest(
                UUID.randomUUID(),
                b2.qrCode(),
                floor.join().id(),
                floor.ana().personId(),
                floor.ana().personId(),
                20,
                0,
                Map.of(),
                Floor.utc("2026-03-02T08:00")));
        QcCheckRequest hemCheck = new QcCheckRequest(
                UUID.randomUUID(),
                b1.qrCode(),
                floor.hem().id(),
                floor.ben().personId(),
                floor.ana().personId(),
                20,
                3,
                Map.of(openSeam.id(), 2, skipped.id(), 2),
                Floor.utc("2026-03-02T08:30"));
        UUID checkId = inspector.check(hemCheck);
        assertThat(inspector.check(hemCheck))
                .as("a replayed check is the first one")
                .isEqualTo(checkId);
        ReworkRequest mend = new ReworkRequest(
                UUID.randomUUID(),
                b1.qrCode(),
                floor.hem().id(),
                floor.ben().personId(),
                checkId,
                3,
                Floor.utc("2026-03-02T09:00"));
        assertThat(new QualityService(db.jdbiAs(floor.ben()), clock).rework(mend))
                .isTrue();
        assertThat(new QualityService(db.jdbiAs(floor.ben()), clock).rework(mend))
                .as("replayed rework")
                .isFalse();

        FloorFigures figures = new FloorFigures(db.jdbiAs(floor.supervisor()), clock);
        ShiftSpan morning = figures.shiftAt(Floor.utc("2026-03-02T09:00")).orElseThrow();
        LineQuality live = quality.live(morning.startsAt(), morning.endsAt()).getFirst();
        assertHandWorkedMorning(live);
        LineFigures output = figures.live(morning.startsAt(), morning.endsAt()).getFirst();
        assertThat(output.output()).as("rework is never output").isEqualTo(20);
        assertThat(output.earnedMinutes()).as("nor earned minutes").isEqualByComparingTo("40");

        TestUser admin = floor.admin();
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_line_quality", p -> {}, () -> false);
        new RollupRunner(db.jdbiAs(admin)).catchUp("sewing_line_shift", p -> {}, () -> false);
        List<LineQuality> stored = quality.storedShift(morning.startsAt());
        assertThat(stored).hasSize(1);
        assertHandWorkedMorning(stored.getFirst());
        assertThat(stored.getFirst()).isEqualTo(live);

        // Tuesday: bundle 2 is hemmed; every loaded piece is out, WIP 0 (stored Monday + live Tuesday).
        ben.scan(scan(b2, floor.hem(), floor.ben(), "2026-03-03T07:00"));
        ShiftSpan tuesday = figures.shiftAt(Floor.utc("2026-03-03T07:00")).orElseThrow();
        LineQuality next = quality.live(tuesday.startsAt(), tuesday.endsAt()).getFirst();
        assertThat(next.loadedPieces()).isZero();
        assertThat(next.wip()).isZero();
        assertThat(next.dhu()).isEmpty();
    }

    @Test
    void defectsThatDoNotAddUpAreRefusedInWords(TestDatabase db) {
        Floor floor = Floor.build(db, "QDF");
        QualityService quality = new QualityService(db.jdbiAs(floor.supervisor()), clock);
        DefectCode code = quality.defineDefectCode("OS", "Open seam");
        Bundle b1 = floor.bundles().get(0);
        assertThatThrownBy(() -> quality.check(new QcCheckRequest(
                        UUID.randomUUID(),
                        b1.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        20,
                        3,
                        Map.of(),
                        Floor.utc("2026-03-02T08:00"))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Each defective piece has at least one defect, and defects need a defective piece.");
        assertThatThrownBy(() -> quality.check(new QcCheckRequest(
                        UUID.randomUUID(),
                        b1.qrCode(),
                        floor.join().id(),
                        floor.ana().personId(),
                        null,
                        21,
                        0,
                        Map.of(),
                        Floor.utc("2026-03-02T08:00"))))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A QC check or rework cannot hold more pieces than the bundle holds.");
        // The database itself keeps the defects by code equal to the check's defects (at commit).
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> db.jdbiAs(floor.supervisor())
                .useTransaction(h -> {
                    UUID id = UUID.randomUUID();
                    h.execute(
                            "insert into sewing.qc_check (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id,"
                                    + " pieces_checked, pieces_defective, defects, checked_at) values (core.current_tenant(), ?, ?, ?, ?, ?, ?,"
                                    + " 20, 2, 5, now())",
                            id,
                            UUID.randomUUID(),
                            b1.id(),
                            floor.join().id(),
                            floor.line().id(),
                            floor.ana().personId());
                    h.execute(
                            "insert into sewing.qc_defect (tenant_id, id, check_id, defect_code_id, defects)"
                                    + " values (core.current_tenant(), ?, ?, ?, 4)",
                            UUID.randomUUID(),
                            id,
                            code.id());
                }));
        assertThat(refused).isInstanceOf(org.jdbi.v3.core.JdbiException.class);
        assertThat(SewingText.translate((org.jdbi.v3.core.JdbiException) refused)
                        .getMessage())
                .isEqualTo("The defects by code (4) do not add up to the defects of the check (5).");
        assertThat(quality.live(Floor.utc("2026-03-02T00:00"), Floor.utc("2026-03-03T00:00"))
                        .getFirst()
                        .piecesChecked())
                .isZero();
    }

    /**
     * Merged sub-assemblies: collar and body are sewn apart and joined at "Attach collar", the
     * last operation; a garment is output once, there, however many parts were sewn for it.
     */
    @Test
    void subAssembliesMergedIntoOneGarmentCountOnceAndAnotherPlantSeesNothing(TestDatabase db) {
        Floor floor = Floor.build(db, "QSA");
        FloorSetupService setup = new FloorSetupService(db.jdbiAs(floor.supervisor()), clock);
        Style polo = setup.createStyle(
                "PO-1",
                "Polo",
                List.of(
                        OperationDraft.of(10, "Make collar", "0.8", "0.03"),
                        OperationDraft.of(20, "Make body", "1.2", "0.05"),
                        OperationDraft.of(30, "Attach collar", "0.6", "0.02")));
        List<Operation> ops = setup.bulletin(polo.id());
        Run run = setup.startRun(
                floor.line().id(), polo.id(), "PO-2", 100, new BigDecimal("70"), java.time.LocalDate.of(2026, 3, 2));
        Bundle b = setup.cut(
                        run.id(),
                        1,
                        10,
                        List.of(new FloorSetupService.SizeCount("L", 10)),
                        10,
                        new BigDecimal("20"),
                        BigDecimal.ZERO,
                        null)
                .getFirst();
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        ana.scan(scan(b, ops.get(0), floor.ana(), "2026-03-02T07:00"));
        ben.scan(scan(b, ops.get(1), floor.ben(), "2026-03-02T07:05"));
        ScanRequest attach = scan(b, ops.get(2), floor.ana(), "2026-03-02T08:00");
        ana.scan(attach);
        ana.scan(attach);
        assertThatThrownBy(() -> ben.scan(scan(b, ops.get(2), floor.ben(), "2026-03-02T08:05")))
                .isInstanceOf(PlantdeskException.class);
        LineFigures f = new FloorFigures(db.jdbiAs(floor.supervisor()), clock)
                .live(Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00"))
                .getFirst();
        assertThat(f.output()).isEqualTo(10);
        assertThat(f.earnedMinutes()).isEqualByComparingTo("26"); // 10 x (0.8 + 1.2 + 0.6)

        QualityService quality = new QualityService(db.jdbiAs(floor.supervisor()), clock);
        quality.issue(UUID.randomUUID(), b.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:30"));
        quality.check(new QcCheckRequest(
                UUID.randomUUID(),
                b.qrCode(),
                ops.get(2).id(),
                floor.ana().personId(),
                null,
                10,
                1,
                Map.of(quality.defineDefectCode("OS", "Open seam").id(), 1),
                Floor.utc("2026-03-02T08:10")));

        Floor other = Floor.build(db, "QSB");
        QualityService theirs = new QualityService(db.jdbiAs(other.supervisor()), clock);
        assertThat(theirs.defectCodes()).isEmpty();
        assertThat(theirs.live(Floor.utc("2026-03-02T06:00"), Floor.utc("2026-03-02T14:00")))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.lineId()).isEqualTo(other.line().id());
                    assertThat(q.piecesChecked()).isZero();
                    assertThat(q.loadedPieces()).isZero();
                });
        for (String table : List.of("qc_check", "qc_defect", "bundle_issue", "defect_code")) {
            long rows = db.jdbiAs(other.supervisor())
                    .withHandle(h -> h.createQuery("select count(*) from sewing." + table)
                            .mapTo(Long.class)
                            .one());
            assertThat(rows).as(table).isZero();
        }
        // Their inspector cannot write into our plant's bundle either: it is not there for them.
        assertThatThrownBy(() -> theirs.check(new QcCheckRequest(
                        UUID.randomUUID(),
                        b.qrCode(),
                        ops.get(2).id(),
                        other.ana().personId(),
                        null,
                        1,
                        0,
                        Map.of(),
                        null)))
                .hasMessage("No bundle has the code \"" + b.qrCode() + "\". Check the ticket and scan it again.");
    }

    private static void assertHandWorkedMorning(LineQuality q) {
        assertThat(q.lineCode()).isEqualTo("L1");
        assertThat(q.piecesChecked()).isEqualTo(40);
        assertThat(q.piecesDefective()).isEqualTo(3);
        assertThat(q.defects()).isEqualTo(4);
        assertThat(q.reworkPieces()).isEqualTo(3);
        assertThat(q.loadedPieces()).isEqualTo(40);
        assertThat(q.wip()).isEqualTo(20);
        assertThat(q.dhu()).contains(new BigDecimal("10.0"));
        assertThat(q.percentDefective()).contains(new BigDecimal("7.5"));
        assertThat(q.reworkPercent()).contains(new BigDecimal("7.5"));
    }

    static ScanRequest scan(Bundle b, Operation op, TestUser who, String at) {
        return new ScanRequest(
                UUID.randomUUID(), b.qrCode(), op.id(), who.personId(), null, "station-1", Floor.utc(at));
    }
}
