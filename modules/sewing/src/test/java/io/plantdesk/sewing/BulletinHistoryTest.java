package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Past output does not change when a bulletin is edited: output is counted at the style's last
 * operation, so once a style has scans, adding a step after the last one, renumbering or removing
 * one is refused (whoever writes), and a new version of the bulletin takes the change instead.
 */
@ExtendWith(PostgresExtension.class)
class BulletinHistoryTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aBulletinWithScansKeepsItsOutputOperationAndANewVersionTakesTheChange(TestDatabase db) {
        Floor floor = Floor.build(db, "BHT");
        Jdbi supervisor = db.jdbiAs(floor.supervisor());
        BulletinService bulletin = new BulletinService(supervisor, clock);
        // Before any scan the bulletin is still being drawn up: a step may be added.
        Operation press = bulletin.addOperation(floor.style().id(), OperationDraft.of(15, "Press seams", "0.2", "0"));
        ScanService ben = new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty());
        Bundle b1 = floor.bundles().getFirst();
        ben.scan(new ScanRequest(
                UUID.randomUUID(),
                b1.qrCode(),
                floor.hem().id(),
                floor.ben().personId(),
                null,
                "station-1",
                Floor.utc("2026-03-02T08:00")));
        assertThat(mondayOutput(db, floor)).isEqualTo(20);

        // A step after Hem would make it the output operation, and Monday's 20 hemmed pieces WIP.
        assertThatThrownBy(() ->
                        bulletin.addOperation(floor.style().id(), OperationDraft.of(30, "Fold and bag", "0.3", "0.01")))
                .hasMessageStartingWith("Style TS-100 has scans recorded")
                .hasMessageContaining("new version");
        String[] edits = {
            "update sewing.operation set seq = 5 where id = '" + floor.hem().id() + "'",
            "delete from sewing.operation where id = '" + press.id() + "'",
            "insert into sewing.operation (tenant_id, id, style_id, seq, name, smv) values (core.current_tenant(), "
                    + "gen_random_uuid(), '" + floor.style().id() + "', 40, 'Label', 0.1)"
        };
        for (String edit : edits) {
            assertThatThrownBy(() -> supervisor.useHandle(h -> h.execute(edit)))
                    .as(edit)
                    .hasMessageContaining("has scans recorded");
        }
        // A name is no structure: it may still be corrected.
        supervisor.useHandle(h -> h.execute(
                "update sewing.operation set name = 'Hem bottom' where id = ?",
                floor.hem().id()));
        assertThat(mondayOutput(db, floor)).isEqualTo(20);

        // The new version copies every step and precedence, and takes the new last step.
        bulletin.require(floor.hem().id(), floor.join().id());
        Style v2 = bulletin.newVersion(floor.style().id(), "TS-100-2", "T-shirt, bagged");
        List<Operation> copied = bulletin.bulletin(v2.id());
        assertThat(copied).extracting(Operation::name).containsExactly("Join shoulders", "Press seams", "Hem bottom");
        assertThat(bulletin.precedence(v2.id())).hasSize(1);
        bulletin.addOperation(v2.id(), OperationDraft.of(30, "Fold and bag", "0.3", "0.01"));
        assertThat(bulletin.bulletin(v2.id())).hasSize(4);
        assertThat(bulletin.bulletin(floor.style().id())).hasSize(3);
        new FloorSetupService(supervisor, clock)
                .startRun(floor.line().id(), v2.id(), "PO-2", 100, new BigDecimal("70"), LocalDate.of(2026, 3, 3));
        assertThat(mondayOutput(db, floor)).isEqualTo(20);
    }

    /** Monday's output counted from the scans by the rollups' own function. */
    private static long mondayOutput(TestDatabase db, Floor floor) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select coalesce(sum(output), 0) from sewing.line_figures(?, ?, ?)")
                        .bind(0, floor.plant())
                        .bind(1, Floor.utc("2026-03-02T06:00"))
                        .bind(2, Floor.utc("2026-03-02T14:00"))
                        .mapTo(Long.class)
                        .one());
    }
}
