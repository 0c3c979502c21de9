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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules behind the asset screen's editor and its meter reading, on the database: a parent of
 * the right level, no cycles, a stale edit refused, meters made with the asset, readings never
 * lower on a run-hours meter nor later than now, and a reading that drives meter-based PM.
 */
@ExtendWith(PostgresExtension.class)
class AssetEditingTest {

    TestDatabase db;
    TestUser planner;
    TestUser technician;
    Fixture plant;

    @BeforeEach
    void setUp(TestDatabase database) {
        db = database;
        UUID p = db.createTenant("Asset editing plant");
        planner = db.createUser(p, AppRole.PLANNER);
        technician = db.createUser(p, AppRole.TECHNICIAN);
        plant = Fixture.plant(db, planner, "AE");
    }

    AssetService assets(TestUser u) {
        return new AssetService(db.jdbiAs(u), Clock.systemUTC());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aNewAssetComesWithTheMetersItCountsAllOrNothing() {
        Asset m = assets(planner)
                .create(
                        AssetDraft.of(plant.line(), AssetKind.MACHINE, "AE-M9", "Bartack 9"),
                        Map.of(MeterKind.RUN_HOURS, "Run hours", MeterKind.PIECES, "Pieces sewn"));
        assertThat(assets(planner).meters(m.id()))
                .extracting(Meter::kind)
                .containsExactlyInAnyOrder(MeterKind.RUN_HOURS, MeterKind.PIECES);
        // A refused meter (a blank name) leaves no asset behind: the editor's retry with the same code works.
        assertThatThrownBy(() -> assets(planner)
                        .create(
                                AssetDraft.of(plant.line(), AssetKind.MACHINE, "AE-M10", "Bartack 10"),
                                Map.of(MeterKind.RUN_HOURS, " ")))
                .isInstanceOf(PlantdeskException.class);
        assertThat(assets(planner).tree()).extracting(Asset::code).doesNotContain("AE-M10");
    }

    @Test
    void aComponentSitsUnderAMachineOrAComponentNeverALineOrASite() {
        assertThatThrownBy(() -> assets(planner)
                        .create(AssetDraft.of(plant.line(), AssetKind.COMPONENT, "AE-C1", "Loose motor")))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A component cannot be placed under a line.");
        assertThatThrownBy(() ->
                        assets(planner).create(AssetDraft.of(plant.site(), AssetKind.COMPONENT, "AE-C2", "Loose pump")))
                .hasMessage("A component cannot be placed under a site.");
        Asset motor = assets(planner).create(AssetDraft.of(plant.machine(), AssetKind.COMPONENT, "AE-C3", "Motor"));
        assertThat(assets(planner).create(AssetDraft.of(motor.id(), AssetKind.COMPONENT, "AE-C4", "Motor fan")))
                .extracting(Asset::parentId)
                .isEqualTo(motor.id());
        assertThatThrownBy(() -> assets(planner)
                        .create(AssetDraft.of(plant.line(), AssetKind.LINE, "AE-L1", "Line under a line")))
                .hasMessage("A line cannot be placed under a line.");
    }

    @Test
    void anAssetCannotBeMovedUnderOneOfItsOwnParts() {
        Asset motor = assets(planner).create(AssetDraft.of(plant.machine(), AssetKind.COMPONENT, "AE-C5", "Motor"));
        Asset fan = assets(planner).create(AssetDraft.of(motor.id(), AssetKind.COMPONENT, "AE-C6", "Fan"));
        AssetDraft moved = new AssetDraft(
                fan.id(), motor.kind(), motor.code(), motor.name(), null, null, null, null, 3, null, null);
        assertThatThrownBy(() -> assets(planner).save(motor.id(), motor.version(), moved, Map.of()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("An asset cannot be placed under itself or one of its own parts.");
    }

    @Test
    void aStaleEditIsRefusedAndTheMetersOfAnEditAreAdded() {
        Asset a = assets(planner).find(plant.machine()).orElseThrow();
        AssetDraft renamed = new AssetDraft(
                a.parentId(),
                a.kind(),
                a.code(),
                "Lockstitch 1 (rebuilt)",
                "Lockstitch",
                "Juki",
                "DDL-9000C",
                "SN-123",
                5,
                "Line 1, place 3",
                null);
        Asset saved = assets(planner)
                .save(a.id(), a.version(), renamed, Map.of(MeterKind.RUN_HOURS, "Run hours"))
                .orElseThrow();
        assertThat(saved.name()).isEqualTo("Lockstitch 1 (rebuilt)");
        assertThat(saved.criticality()).isEqualTo(5);
        assertThat(saved.version()).isGreaterThan(a.version());
        assertThat(assets(planner).meters(a.id())).extracting(Meter::kind).containsExactly(MeterKind.RUN_HOURS);
        // The second planner still holds the old version: nothing is overwritten, the caller is told.
        assertThat(assets(planner)
                        .save(
                                a.id(),
                                a.version(),
                                new AssetDraft(
                                        a.parentId(),
                                        a.kind(),
                                        a.code(),
                                        "Old name",
                                        null,
                                        null,
                                        null,
                                        null,
                                        3,
                                        null,
                                        null),
                                Map.of()))
                .isEmpty();
        assertThat(assets(planner).find(a.id()).orElseThrow().name()).isEqualTo("Lockstitch 1 (rebuilt)");
    }

    @Test
    void aTechnicianCannotEditTheRegister() {
        assertThatThrownBy(() -> assets(technician)
                        .create(AssetDraft.of(plant.line(), AssetKind.MACHINE, "AE-M11", "Not mine to add")))
                .isInstanceOf(PlantdeskException.class);
    }

    @Test
    void aRunHoursReadingIsNeverLowerNorLaterThanNow() {
        Meter hours = assets(planner).meter(plant.machine(), MeterKind.RUN_HOURS, "Run hours");
        assets(technician).read(hours.id(), new BigDecimal("120.5"), now().minusHours(1));
        assertThatThrownBy(() -> assets(technician).read(hours.id(), new BigDecimal("100"), now()))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A reading of 100 is lower than the meter's last total of 120.50.");
        assertThatThrownBy(() -> assets(technician).read(hours.id(), new BigDecimal("130"), now().plusDays(1)))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("A meter reading cannot be dated later than now.");
        // Refused readings left nothing: the total is still the last good reading.
        assertThat(assets(planner)
                        .find(plant.machine())
                        .map(a -> assets(planner).meters(a.id()).getFirst().total()))
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("120.5"));
    }

    @Test
    void aReadingFromTheAssetScreenMakesAMeterPmFallDue() {
        Meter hours = assets(planner).meter(plant.machine(), MeterKind.RUN_HOURS, "Run hours");
        PmService pm = new PmService(db.jdbiAs(planner), Clock.systemUTC());
        PmSchedule s = pm.create(PmScheduleDraft.meter(
                plant.machine(),
                "Service every 250 h",
                hours.id(),
                new BigDecimal("250"),
                new BigDecimal("250"),
                new BigDecimal("10")));
        assets(technician).read(hours.id(), new BigDecimal("200"), now());
        assertThat(pm.generate(100).created()).isZero();
        assets(technician).read(hours.id(), new BigDecimal("245"), now());
        assertThat(pm.generate(100).created()).isEqualTo(1);
        assertThat(pm.find(s.id()).orElseThrow().nextDueMeter()).isEqualByComparingTo("500");
    }
}
