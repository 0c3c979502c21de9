package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PM schedules as the asset screen writes them: listed per asset, edited from a version (a
 * stale edit is refused), counting only on a meter of their own asset, and generating from the
 * edited terms.
 */
@ExtendWith(PostgresExtension.class)
class PmScheduleEditingTest {

    TestDatabase db;
    TestUser planner;
    Fixture plant;
    PmService pm;
    AssetService assets;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("PM editing plant");
        planner = db.createUser(p, AppRole.PLANNER);
        plant = Fixture.plant(db, planner, "PE");
        pm = new PmService(db.jdbiAs(planner), Clock.systemUTC());
        assets = new AssetService(db.jdbiAs(planner), Clock.systemUTC());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void anAssetListsItsOwnSchedulesAndAnEditMovesTheNextDue() {
        PmSchedule mine =
                pm.create(PmScheduleDraft.calendar(plant.machine(), "Monthly clean", 30, now().plusDays(20), 7));
        pm.create(PmScheduleDraft.calendar(plant.machine2(), "Other machine", 30, now().plusDays(50), 7));
        assertThat(pm.schedulesOf(plant.machine()))
                .extracting(PmSchedule::title)
                .containsExactly("Monthly clean");
        assertThat(pm.generate(100).created()).isZero(); // due in 20 days, planned 7 ahead
        PmScheduleDraft sooner =
                PmScheduleDraft.calendar(plant.machine(), "Monthly clean and oil", 30, now().plusDays(3), 7);
        PmSchedule saved = pm.save(mine.id(), mine.version(), sooner).orElseThrow();
        assertThat(saved.title()).isEqualTo("Monthly clean and oil");
        assertThat(saved.nextDueAt()).isEqualTo(now().plusDays(3));
        assertThat(pm.generate(100).created()).isEqualTo(1);
        // The old version is stale now (the edit, then the generator, moved it on): nothing is overwritten.
        assertThat(pm.save(mine.id(), mine.version(), sooner)).isEmpty();
    }

    @Test
    void aScheduleCountsOnlyOnAMeterOfItsOwnAsset() {
        Meter otherHours = assets.meter(plant.machine2(), MeterKind.RUN_HOURS, "Run hours");
        assertThatThrownBy(() -> pm.create(PmScheduleDraft.meter(
                        plant.machine(),
                        "Wrong meter",
                        otherHours.id(),
                        new BigDecimal("100"),
                        new BigDecimal("100"),
                        BigDecimal.ZERO)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A PM schedule counts on a meter of its own asset; choose one of this asset's meters.");
        Meter hours = assets.meter(plant.machine(), MeterKind.RUN_HOURS, "Run hours");
        PmSchedule s = pm.create(PmScheduleDraft.meter(
                plant.machine(),
                "Right meter",
                hours.id(),
                new BigDecimal("100"),
                new BigDecimal("100"),
                BigDecimal.ZERO));
        PmScheduleDraft moved = PmScheduleDraft.meter(
                plant.machine(),
                "Right meter",
                otherHours.id(),
                new BigDecimal("100"),
                new BigDecimal("100"),
                BigDecimal.ZERO);
        assertThatThrownBy(() -> pm.save(s.id(), s.version(), moved)).isInstanceOf(PlantdeskException.class);
    }

    @Test
    void whicheverComesFirstFromTheFormGeneratesOnTheMeter() {
        Meter hours = assets.meter(plant.machine(), MeterKind.RUN_HOURS, "Run hours");
        PmSchedule s = pm.create(PmScheduleDraft.meter(
                        plant.machine(),
                        "Service",
                        hours.id(),
                        new BigDecimal("250"),
                        new BigDecimal("250"),
                        new BigDecimal("10"))
                .orCalendar(90, now().plusDays(90), 7));
        assertThat(s.intervalDays()).isEqualTo(90);
        assets.read(hours.id(), new BigDecimal("241"), now());
        assertThat(pm.generate(100).created()).isEqualTo(1);
        assertThat(pm.find(s.id()).orElseThrow().cycle()).isEqualTo(1);
    }
}
