package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Parts: the ledger, the stock derived from it, the refusals, and reorder suggestions worked by hand. */
@ExtendWith(PostgresExtension.class)
class PartsServiceTest {

    static TestDatabase db;
    TestUser planner;
    TestUser technician;
    Fixture plant;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Parts plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "PT");
    }

    PartsService as(TestUser u) {
        return new PartsService(db.jdbiAs(u), Clock.systemUTC());
    }

    static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void stockIsTheLedgersSumAndCannotBeOverdrawn() throws Exception {
        UUID vendor =
                as(planner).createVendor("Dhaka Sewing Spares", "Mr. Alam", "+880 2 555 0101", "sales@example.com");
        UUID store = as(planner).createLocation("Main store");
        UUID van = as(planner).createLocation("Line 1 cabinet");
        Part needle = as(planner)
                .createPart(new PartDraft(
                        "NDL-DBX1-14", "Needle DBx1 size 14", "pcs", n("0.35"), n("50"), n("200"), vendor));
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of("Needle change", WorkOrderType.CORRECTIVE)
                        .withAsset(plant.machine()));

        as(planner).receive(needle.id(), store, n("100"), n("0.35"), vendor);
        as(technician).issue(needle.id(), store, n("30"), w.id());
        as(technician).returnFrom(w.id(), needle.id(), store, n("2"));
        as(planner).adjust(needle.id(), store, n("-4"), "count 2026-11-30: four bent");
        as(planner).receive(needle.id(), van, n("10"), n("0.35"), vendor);
        assertThat(as(technician).stock(needle.id()))
                .extracting(StockLevel::locationName, s -> s.onHand().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Line 1 cabinet", 10),
                        org.assertj.core.groups.Tuple.tuple("Main store", 68));
        assertThat(as(technician).parts())
                .singleElement()
                .satisfies(p -> assertThat(p.onHand()).isEqualByComparingTo("78"));
        assertThat(as(technician).usedOn(w.id()))
                .extracting(StockMovement::kind)
                .containsExactly(MovementKind.ISSUED, MovementKind.RETURNED);

        assertThatThrownBy(() -> as(technician).issue(needle.id(), van, n("11"), w.id()))
                .hasMessage("Only 10 pcs of \"Needle DBx1 size 14\" are in stock there; 11 cannot be taken out.");
        assertThatThrownBy(() -> as(technician).issue(needle.id(), store, n("-3"), w.id()))
                .hasMessage("The quantity must be more than zero.");
        assertThatThrownBy(() -> as(planner).adjust(needle.id(), store, n("-5"), null))
                .hasMessage("An adjustment needs a reason.");
        assertThatThrownBy(() -> as(planner).adjust(needle.id(), store, n("-500"), "lost"))
                .hasMessageContaining("cannot be taken out");
        assertThatThrownBy(
                        () -> db.jdbiAs(technician).useHandle(h -> h.execute("update maint.stock set on_hand = 1000")))
                .hasMessageContaining("permission denied");

        // Ten technicians each take 10 of the 68 at once: six succeed, the rest are refused, never below zero.
        List<Callable<Boolean>> grabs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            grabs.add(() -> {
                try {
                    as(technician).issue(needle.id(), store, n("10"), w.id());
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        long ok = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(grabs)) {
                ok += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok).isEqualTo(6);
        BigDecimal ledger = db.jdbiAs(technician)
                .withHandle(
                        h -> h.createQuery("select sum(quantity) from maint.stock_movement " + "where location_id = :l")
                                .bind("l", store)
                                .mapTo(BigDecimal.class)
                                .one());
        assertThat(as(technician).stock(needle.id()))
                .filteredOn(s -> s.locationId().equals(store))
                .singleElement()
                .satisfies(
                        s -> assertThat(s.onHand()).isEqualByComparingTo(ledger).isEqualByComparingTo("8"));
        assertThat(as(technician).lowStock()).extracting(Part::code).containsExactly("NDL-DBX1-14"); // 18 <= 50
    }

    @Test
    void reorderSuggestionsCountUpcomingPmWorkNotOnlyMinLevels() {
        PartsService s = as(planner);
        UUID store = s.createLocation("Store");
        // A: min 5, order 10; 8 on hand; a weekly PM due in 3 days takes 2 -> dues at 3, 10, 17, 24 days
        //    within 30 = 4 x 2 = 8 needed; 8 - 8 = 0 <= 5 -> order max(10, 5 + 8 - 8) = 10.
        Part a = s.createPart(new PartDraft("BELT-A", "Drive belt", "pcs", n("4.50"), n("5"), n("10"), null));
        // B: min 2, 10 on hand, no PM: fine.
        Part b = s.createPart(new PartDraft("OIL-B", "Machine oil", "l", n("3"), n("2"), n("5"), null));
        // C: no min level, 1 on hand; a monthly PM due in 5 days takes 3 -> 1 - 3 = -2 <= 0 -> order max(0, 0 + 3 - 1)
        // = 2.
        Part c = s.createPart(new PartDraft("HOOK-C", "Rotary hook", "pcs", n("12"), n("0"), n("0"), null));
        // D: min 4, order 6; 3 on hand, no PM -> order max(6, 4 - 3) = 6.
        Part d = s.createPart(new PartDraft("BOB-D", "Bobbin case", "pcs", n("2"), n("4"), n("6"), null));
        s.receive(a.id(), store, n("8"), null, null);
        s.receive(b.id(), store, n("10"), null, null);
        s.receive(c.id(), store, n("1"), null, null);
        s.receive(d.id(), store, n("3"), null, null);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PmService pm = new PmService(db.jdbiAs(planner), Clock.systemUTC());
        PmSchedule weekly = pm.create(PmScheduleDraft.calendar(plant.machine(), "Belt check", 7, now.plusDays(3), 1));
        PmSchedule monthly =
                pm.create(PmScheduleDraft.calendar(plant.machine2(), "Hook service", 30, now.plusDays(5), 1));
        s.needsForSchedule(weekly.id(), a.id(), n("2"));
        s.needsForSchedule(monthly.id(), c.id(), n("3"));

        List<ReorderSuggestion> r = s.reorderSuggestions(30);
        assertThat(r).extracting(ReorderSuggestion::code).containsExactlyInAnyOrder("BELT-A", "HOOK-C", "BOB-D");
        assertThat(r).filteredOn(x -> x.code().equals("BELT-A")).singleElement().satisfies(x -> {
            assertThat(x.pmNeed()).isEqualByComparingTo("8");
            assertThat(x.suggested()).isEqualByComparingTo("10");
        });
        assertThat(r).filteredOn(x -> x.code().equals("HOOK-C")).singleElement().satisfies(x -> {
            assertThat(x.pmNeed()).isEqualByComparingTo("3");
            assertThat(x.suggested()).isEqualByComparingTo("2");
        });
        assertThat(r)
                .filteredOn(x -> x.code().equals("BOB-D"))
                .singleElement()
                .satisfies(x -> assertThat(x.suggested()).isEqualByComparingTo("6"));
        // With a 2-day horizon no PM falls due: only the min level speaks (D), A's 8 > 5 is fine.
        assertThat(s.reorderSuggestions(2)).extracting(ReorderSuggestion::code).containsExactly("BOB-D");
    }
}
