package io.plantdesk.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.fleet.api.FleetApis;
import io.plantdesk.fleet.ui.FleetViewModel;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.outbox.FloorSync;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TcpProxy;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The fleet screen at the pump with the server away: opened offline, it lists the vehicles it
 * loaded before (from the person's cache, with their time), and a fill-up is kept on this
 * computer and reaches the server once when it answers again.
 */
@ExtendWith(PostgresExtension.class)
class FleetOfflineViewModelTest {

    @TempDir
    Path data;

    private static Jdbi via(TestDatabase db, TestUser user, int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + db.name());
        ds.setUser(user.login());
        ds.setPassword(user.password());
        ds.setConnectTimeout(2);
        ds.setSocketTimeout(10);
        return Database.jdbiFor(ds);
    }

    private static FleetViewModel screen(Jdbi jdbi, FloorSync sync) {
        FleetViewModel vm = new FleetViewModel(
                new FleetService(jdbi, Clock.systemUTC()),
                new EventService(jdbi, Clock.systemUTC()),
                TaskRunner.sameThread());
        vm.useOutbox(sync, FleetApis.find().orElseThrow().actions(jdbi, Clock.systemUTC()));
        return vm;
    }

    /** The list pages (100 vehicles at a time); the pump offline still finds any vehicle of the fleet. */
    @Test
    void offlineThePumpFindsEveryVehicleNotOnlyTheListsFirstPage(TestDatabase db) throws Exception {
        UUID plant = db.createTenant("Big fleet plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        FleetFixture f = FleetFixture.plant(db, planner, "A 000");
        FleetService fleet = new FleetService(db.jdbiAs(planner), Clock.systemUTC());
        for (int i = 1; i <= FleetService.OVERVIEW_PAGE + 4; i++) {
            fleet.createVehicle(VehicleDraft.of(
                    String.format("B %03d", i),
                    "Ford",
                    "Transit",
                    "diesel",
                    f.garage().id()));
        }
        String last = String.format("B %03d", FleetService.OVERVIEW_PAGE + 4);
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            Jdbi jdbi = via(db, supervisor, net.port());
            FloorSync sync = FloorSync.start(data, jdbi, supervisor.personId(), Clock.systemUTC());
            try {
                FleetViewModel online = screen(jdbi, sync);
                online.refresh();
                assertThat(online.vehicles()).hasSize(FleetService.OVERVIEW_PAGE);
                assertThat(online.vehicles()).extracting(VehicleOverview::plate).doesNotContain(last);

                net.cut();
                FleetViewModel offline = screen(jdbi, sync);
                offline.refresh();
                assertThat(offline.shownAsOfProperty().getValue()).isNotNull();
                assertThat(offline.vehicles()).hasSize(FleetService.OVERVIEW_PAGE + 5);
                assertThat(offline.vehicles())
                        .extracting(VehicleOverview::plate)
                        .contains(last, "A 000");
            } finally {
                sync.close();
            }
        }
    }

    @Test
    void openedOfflineItListsTheCachedVehiclesMarkedStaleAndKeepsAFillUpForTheServer(TestDatabase db) throws Exception {
        UUID plant = db.createTenant("Offline pump plant");
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        Vehicle van = FleetFixture.plant(db, planner, "OFF 1").van();
        try (TcpProxy net = new TcpProxy(db.profile().host(), db.profile().port())) {
            Jdbi jdbi = via(db, supervisor, net.port());
            FloorSync sync = FloorSync.start(data, jdbi, supervisor.personId(), Clock.systemUTC());
            try {
                FleetViewModel online = screen(jdbi, sync);
                online.refresh();
                assertThat(online.vehicles()).extracting(VehicleOverview::plate).contains(van.plate());
                assertThat(online.shownAsOfProperty().getValue()).isNull();

                net.cut();
                FleetViewModel offline = screen(jdbi, sync);
                offline.refresh();
                assertThat(offline.vehicles())
                        .extracting(VehicleOverview::plate)
                        .contains(van.plate());
                assertThat(offline.shownAsOfProperty().getValue()).isNotNull();

                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .minusHours(1);
                EventDraft fill = new EventDraft(
                        van.id(),
                        EventKind.FUEL,
                        at,
                        new BigDecimal("1500"),
                        new BigDecimal("3900"),
                        new BigDecimal("38"),
                        "L",
                        null,
                        null,
                        null,
                        "Depot pump",
                        true,
                        false);
                AtomicBoolean queued = new AtomicBoolean();
                AtomicReference<Throwable> failed = new AtomicReference<>();
                offline.save(null, fill, saved -> {}, () -> queued.set(true), failed::set);
                assertThat(failed.get()).isNull();
                assertThat(queued).isTrue();
                assertThat(sync.status().pending()).isEqualTo(1);
                assertThat(fills(db, van)).isZero();

                net.restore();
                sync.kick();
                long end = System.nanoTime() + 60_000_000_000L;
                while (sync.status().pending() > 0 && System.nanoTime() < end) {
                    Thread.sleep(100);
                }
                assertThat(sync.status().pending()).isZero();
                assertThat(fills(db, van)).isEqualTo(1);

                // Online again: straight to the server, the screen gets the saved event.
                AtomicReference<Optional<VehicleEvent>> saved = new AtomicReference<>();
                FleetViewModel back = screen(jdbi, sync);
                back.refresh();
                back.save(
                        null,
                        new EventDraft(
                                van.id(),
                                EventKind.FUEL,
                                at.plusMinutes(30),
                                null,
                                null,
                                new BigDecimal("2"),
                                "L",
                                null,
                                null,
                                null,
                                null,
                                false,
                                false),
                        saved::set,
                        () -> {},
                        failed::set);
                assertThat(failed.get()).isNull();
                assertThat(saved.get()).isPresent();
                assertThat(fills(db, van)).isEqualTo(2);
            } finally {
                sync.close();
            }
        }
    }

    private static long fills(TestDatabase db, Vehicle v) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from fleet.vehicle_event where vehicle_id = ? and kind = 'fuel' and deleted_at is null")
                        .bind(0, v.id())
                        .mapTo(Long.class)
                        .one());
    }
}
