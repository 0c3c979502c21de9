package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The overview as the screen reads it (issue 17: a list of 2,000 vehicles paged in SQL): pages by
 * plate that follow each other without a gap or a repeat and together equal the whole overview
 * (each line's reminder and month's cost as the whole list has them), and the whole fleet's totals
 * above it, for the person's own plant only.
 */
@ExtendWith(PostgresExtension.class)
class OverviewPageTest {

    static TestDatabase db;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
    }

    @Test
    void pagesByPlateAddUpToTheWholeOverviewAndTheTotalsToItsFigures() {
        TestUser planner = db.createUser(db.createTenant("Paged fleet"), AppRole.PLANNER);
        FleetService fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        EventService events = new EventService(db.jdbiAs(planner), Clock.systemUTC());
        ReminderService reminders = new ReminderService(db.jdbiAs(planner), Clock.systemUTC());
        Garage g = fleet.createGarage("Depot", "Gate 2");
        List<Vehicle> made = new ArrayList<>();
        for (String plate : List.of("P 07", "P 01", "P 05", "P 03", "P 02", "P 06", "P 04")) {
            made.add(fleet.createVehicle(VehicleDraft.of(plate, "Ford", "Transit", "diesel", g.id())));
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < made.size(); i++) {
            events.record(EventDraft.of(
                    made.get(i).id(), EventKind.REPAIR, now.minusMinutes(5), null, BigDecimal.valueOf(10 + i), "fix"));
            reminders.create(ReminderDraft.byDate(
                    made.get(i).id(), "Tax " + i, LocalDate.now().plusDays(i), null));
        }
        // Another plant's vehicles come in no page and no total.
        TestUser stranger = db.createUser(db.createTenant("Other fleet"), AppRole.PLANNER);
        FleetFixture.plant(db, stranger, "P 00");

        List<VehicleOverview> paged = new ArrayList<>();
        List<VehicleOverview> page = fleet.overviewPage(null, 3);
        List<Integer> sizes = new ArrayList<>();
        while (!page.isEmpty()) {
            sizes.add(page.size());
            paged.addAll(page);
            page = fleet.overviewPage(page.getLast().plate(), 3);
        }
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(paged)
                .extracting(VehicleOverview::plate)
                .containsExactly("P 01", "P 02", "P 03", "P 04", "P 05", "P 06", "P 07");
        assertThat(paged).isEqualTo(fleet.overview());
        assertThat(paged).extracting(VehicleOverview::nextTitle).doesNotContainNull();

        FleetTotals totals = fleet.totals();
        assertThat(totals.vehicles()).isEqualTo(7);
        assertThat(totals.toReview()).isZero();
        assertThat(totals.monthCost())
                .isEqualByComparingTo(
                        paged.stream().map(VehicleOverview::monthCost).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(totals.zone()).isNotBlank();

        // The screen's own read (opening and each refresh): the same totals and first page, in one statement.
        List<String> sent = new CopyOnWriteArrayList<>();
        Jdbi counted = db.jdbiAs(planner);
        counted.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                sent.add(context.getRenderedSql());
            }
        });
        OverviewScreen screen = new FleetService(counted, Clock.systemUTC()).overviewScreen(3);
        assertThat(sent).as("the totals and the first page in one statement").hasSize(1);
        assertThat(screen.totals()).isEqualTo(totals);
        assertThat(screen.vehicles()).isEqualTo(fleet.overviewPage(null, 3));
        assertThat(fleet.overviewScreen(100).vehicles()).isEqualTo(paged);

        FleetService theirs = new FleetService(db.jdbiAs(stranger), Clock.systemUTC());
        assertThat(theirs.overviewScreen(100).vehicles())
                .extracting(VehicleOverview::plate)
                .containsExactly("P 00");
        assertThat(theirs.overviewPage(null, 100))
                .extracting(VehicleOverview::plate)
                .containsExactly("P 00");
        assertThat(theirs.totals().vehicles()).isEqualTo(1);
        assertThat(theirs.totals().monthCost()).isEqualByComparingTo(BigDecimal.ZERO);
        // A plant without a vehicle yet still has its zone (the screen's month headings need it).
        TestUser empty = db.createUser(db.createTenant("Empty fleet"), AppRole.PLANNER);
        FleetTotals none = new FleetService(db.jdbiAs(empty), Clock.systemUTC()).totals();
        assertThat(none.vehicles()).isZero();
        assertThat(none.monthCost()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(none.zone()).isNotBlank();
        OverviewScreen empty0 = new FleetService(db.jdbiAs(empty), Clock.systemUTC()).overviewScreen(100);
        assertThat(empty0.vehicles()).isEmpty();
        assertThat(empty0.totals()).isEqualTo(none);
    }
}
