package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The floor tiles' WIP comes from a per-line count the statement triggers keep in the writing
 * transaction (loadings in, output out), not from a sum over every stored shift, and equals WIP
 * counted from scratch (pieces loaded before the moment less output before it) after inserts, an
 * update and a delete, at a past shift's end as well as now. That the read takes the count shows
 * when the count is altered behind the triggers' back.
 */
@ExtendWith(PostgresExtension.class)
class LineWipCountTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void theRunningCountEqualsWipFromScratchThroughInsertsUpdatesAndDeletes(TestDatabase db) {
        Floor floor = Floor.build(db, "LWC");
        QualityService quality = new QualityService(db.jdbiAs(floor.supervisor()), clock);
        ScanService ana = new ScanService(db.jdbiAs(floor.ana()), clock, Optional.empty());
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().get(0);
        Bundle b2 = floor.bundles().get(1);
        quality.issue(UUID.randomUUID(), b1.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:30"));
        quality.issue(UUID.randomUUID(), b2.qrCode(), floor.line().id(), Floor.utc("2026-03-02T06:40"));
        ana.scan(scan(b1, floor.join(), floor.ana(), "2026-03-02T07:00"));
        ana.scan(scan(b2, floor.join(), floor.ana(), "2026-03-02T07:10"));
        ben.scan(scan(b1, floor.hem(), floor.ben(), "2026-03-02T08:00"));
        // Tuesday: bundle 2 is hemmed.
        ben.scan(scan(b2, floor.hem(), floor.ben(), "2026-03-03T07:00"));

        OffsetDateTime monday = Floor.utc("2026-03-02T06:00");
        OffsetDateTime mondayEnd = Floor.utc("2026-03-02T14:00");
        OffsetDateTime tuesday = Floor.utc("2026-03-03T06:00");
        OffsetDateTime tuesdayEnd = Floor.utc("2026-03-03T14:00");
        // Monday's end: 40 loaded, 20 out (Tuesday's hem is later and left out); Tuesday's: all out.
        assertThat(wip(quality, monday, mondayEnd)).isEqualTo(20).isEqualTo(fromScratch(db, floor, mondayEnd));
        assertThat(wip(quality, tuesday, tuesdayEnd)).isZero().isEqualTo(fromScratch(db, floor, tuesdayEnd));

        // An update that changes the output (the hem of bundle 1 held 10 pieces), then a delete.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.bundle_scan set pieces = 10 where tenant_id = ? and bundle_id = ? and operation_id = ?",
                        floor.plant(),
                        b1.id(),
                        floor.hem().id()));
        assertThat(wip(quality, tuesday, tuesdayEnd)).isEqualTo(10).isEqualTo(fromScratch(db, floor, tuesdayEnd));
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "delete from sewing.bundle_scan where tenant_id = ? and bundle_id = ? and operation_id = ?",
                        floor.plant(),
                        b2.id(),
                        floor.hem().id()));
        assertThat(wip(quality, tuesday, tuesdayEnd)).isEqualTo(30).isEqualTo(fromScratch(db, floor, tuesdayEnd));
        assertThat(wip(quality, monday, mondayEnd)).isEqualTo(30).isEqualTo(fromScratch(db, floor, mondayEnd));

        // The read follows the count, not the history.
        db.adminJdbi()
                .useHandle(h -> h.execute(
                        "update sewing.line_wip set output = output + 1000 where tenant_id = ?", floor.plant()));
        assertThat(wip(quality, tuesday, tuesdayEnd)).isEqualTo(30 - 1000);
        db.adminJdbi().useHandle(h -> h.execute("select sewing.recount_line_wip(?)", floor.plant()));
        assertThat(wip(quality, tuesday, tuesdayEnd)).isEqualTo(fromScratch(db, floor, tuesdayEnd));
    }

    private static long wip(QualityService quality, OffsetDateTime from, OffsetDateTime to) {
        return quality.live(from, to).getFirst().wip();
    }

    /** Pieces loaded before {@code at} less pieces sewn at the style's last operation before it. */
    private static long fromScratch(TestDatabase db, Floor floor, OffsetDateTime at) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select coalesce((select sum(pieces) from sewing.bundle_issue where tenant_id = :t "
                                        + "and issued_at < :at), 0) - coalesce((select sum(s.pieces) from sewing.bundle_scan s "
                                        + "join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id "
                                        + "where s.tenant_id = :t and s.scanned_at < :at and o.seq = (select max(seq) "
                                        + "from sewing.operation o2 where o2.tenant_id = o.tenant_id "
                                        + "and o2.style_id = o.style_id)), 0)")
                        .bind("t", floor.plant())
                        .bind("at", at)
                        .mapTo(Long.class)
                        .one());
    }

    private static ScanRequest scan(Bundle b, Operation op, TestUser who, String at) {
        return new ScanRequest(
                UUID.randomUUID(), b.qrCode(), op.id(), who.personId(), null, "station-1", Floor.utc(at));
    }
}
