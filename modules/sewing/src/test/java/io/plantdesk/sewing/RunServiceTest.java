package io.plantdesk.sewing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
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
 * Planning sewing runs through the runs screen's service, against the real database: create and
 * edit, the database's rules as sentences (ranges, dates, a run with output keeps its line and
 * style, a removed line), a stale save, and another plant that can neither see nor change a run.
 */
@ExtendWith(PostgresExtension.class)
class RunServiceTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aPlannerCreatesAndEditsRunsNewestFirstAndFilteredByLine(TestDatabase db) {
        Floor floor = Floor.build(db, "RST");
        TestUser planner = db.createUser(floor.plant(), AppRole.PLANNER);
        Jdbi jdbi = db.jdbiAs(planner);
        RunService runs = new RunService(jdbi, clock);
        Line line2 = new FloorSetupService(db.jdbiAs(floor.supervisor()), clock).createLine("L2", "Line 2", 50);

        RunRow made = runs.create(draft(line2.id(), floor.style().id(), "  PO-9 ", 250, "65.5", "2026-04-01", null));
        assertThat(made.orderRef()).isEqualTo("PO-9");
        assertThat(made.lineCode()).isEqualTo("L2");
        assertThat(made.styleCode()).isEqualTo("TS-100");
        assertThat(made.hasOutput()).isFalse();
        assertThat(runs.page(null, 10, 0)).extracting(RunRow::orderRef).containsExactly("PO-9", "PO-1");
        assertThat(runs.page(line2.id(), 10, 0)).extracting(RunRow::orderRef).containsExactly("PO-9");
        assertThat(runs.page(null, 1, 1)).extracting(RunRow::orderRef).containsExactly("PO-1");

        RunRow edited = runs.update(
                made.id(),
                made.version(),
                draft(floor.line().id(), floor.style().id(), "PO-9", 300, "70", "2026-04-01", "2026-04-20"));
        assertThat(edited.orderQty()).isEqualTo(300);
        assertThat(edited.lineCode()).isEqualTo("L1");
        assertThat(edited.endsOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(edited.version()).isEqualTo(made.version() + 1);
    }

    @Test
    void theDatabaseRefusesWhatTheFormWouldAndSaysWhyInPlantWords(TestDatabase db) {
        Floor floor = Floor.build(db, "RSR");
        RunService runs = new RunService(db.jdbiAs(floor.supervisor()), clock);
        UUID l = floor.line().id();
        UUID s = floor.style().id();
        assertThatThrownBy(() -> runs.create(draft(l, s, "PO-2", 0, "70", "2026-04-01", null)))
                .hasMessage("An order quantity is between 1 and 10,000,000 pieces.");
        assertThatThrownBy(() -> runs.create(draft(l, s, "PO-2", 10, "250", "2026-04-01", null)))
                .hasMessage("A target efficiency is more than 0 and at most 200 %.");
        assertThatThrownBy(() -> runs.create(draft(l, s, "PO-2", 10, "70", "2026-04-01", "2026-03-31")))
                .hasMessage("A run cannot end before it starts.");
        assertThatThrownBy(() -> runs.create(draft(l, s, " ", 10, "70", "2026-04-01", null)))
                .hasMessage("A run needs an order reference of at most 40 characters.");

        // A removed line takes no new run.
        Line gone = new FloorSetupService(db.jdbiAs(floor.supervisor()), clock).createLine("L9", "Old line", 10);
        db.adminJdbi().useHandle(h -> h.execute("update sewing.line set deleted_at = now() where id = ?", gone.id()));
        assertThatThrownBy(() -> runs.create(draft(gone.id(), s, "PO-3", 10, "70", "2026-04-01", null)))
                .hasMessageStartingWith("This line is no longer in use");
    }

    @Test
    void aRunWithOutputKeepsItsLineAndStyleButItsQuantityMayChange(TestDatabase db) {
        Floor floor = Floor.build(db, "RSO");
        RunService runs = new RunService(db.jdbiAs(floor.supervisor()), clock);
        Line line2 = new FloorSetupService(db.jdbiAs(floor.supervisor()), clock).createLine("L2", "Line 2", 50);
        new ScanService(db.jdbiAs(floor.ben()), clock, Optional.empty())
                .scan(new ScanRequest(
                        UUID.randomUUID(),
                        floor.bundles().getFirst().qrCode(),
                        floor.hem().id(),
                        floor.ben().personId(),
                        null,
                        "station-1",
                        Floor.utc("2026-03-02T08:00")));
        RunRow run = runs.one(floor.run().id());
        assertThat(run.hasOutput()).isTrue();
        assertThatThrownBy(() -> runs.update(
                        run.id(),
                        run.version(),
                        draft(line2.id(), floor.style().id(), "PO-1", 400, "70", "2026-03-02", null)))
                .hasMessageStartingWith("Run PO-1 has output recorded, so its line and style stay as they were sewn");
        // Even written straight in SQL (a fat client is not trusted).
        assertThatThrownBy(() -> db.jdbiAs(floor.supervisor())
                        .useHandle(
                                h -> h.execute("update sewing.run set line_id = ? where id = ?", line2.id(), run.id())))
                .hasMessageContaining("has output recorded");
        RunRow more = runs.update(
                run.id(),
                run.version(),
                draft(floor.line().id(), floor.style().id(), "PO-1", 450, "72", "2026-03-02", null));
        assertThat(more.orderQty()).isEqualTo(450);
    }

    @Test
    void aStaleSaveIsRefusedAndAnotherPlantCannotSeeOrChangeARun(TestDatabase db) {
        Floor floor = Floor.build(db, "RSS");
        RunService mine = new RunService(db.jdbiAs(floor.supervisor()), clock);
        RunService theirs = new RunService(db.jdbiAs(floor.admin()), clock);
        RunRow run = mine.one(floor.run().id());
        theirs.update(
                run.id(),
                run.version(),
                draft(floor.line().id(), floor.style().id(), "PO-1", 500, "70", "2026-03-02", null));
        assertThatThrownBy(() -> mine.update(
                        run.id(),
                        run.version(),
                        draft(floor.line().id(), floor.style().id(), "PO-1", 410, "70", "2026-03-02", null)))
                .hasMessageStartingWith("Someone else changed this run");
        assertThat(mine.one(run.id()).orderQty()).isEqualTo(500);

        Floor other = Floor.build(db, "RSX");
        RunService outsider = new RunService(db.jdbiAs(other.admin()), clock);
        assertThat(outsider.page(null, 50, 0)).extracting(RunRow::id).doesNotContain(run.id());
        assertThatThrownBy(() -> outsider.one(run.id())).hasMessage("That sewing run no longer exists.");
        assertThatThrownBy(() -> outsider.update(
                        run.id(), 2, draft(other.line().id(), other.style().id(), "PO-X", 1, "70", "2026-03-02", null)))
                .hasMessage("That sewing run no longer exists.");
        // Nor can it plan a run on this plant's line.
        assertThatThrownBy(() -> outsider.create(
                        draft(floor.line().id(), other.style().id(), "PO-X", 1, "70", "2026-03-02", null)))
                .isInstanceOf(RuntimeException.class);
        assertThat(mine.one(run.id()).orderQty()).isEqualTo(500);
        assertThat(List.of(mine.page(null, 50, 0).size())).containsExactly(1);
    }

    static RunDraft draft(UUID line, UUID style, String ref, int qty, String target, String start, String end) {
        return new RunDraft(
                line,
                style,
                ref,
                qty,
                new BigDecimal(target),
                LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }
}
