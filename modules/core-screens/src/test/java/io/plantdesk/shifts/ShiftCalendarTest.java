package io.plantdesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shift calendar on a real PostgreSQL: what V018 refuses, how core.shift_at cuts time, the service's checks. */
@ExtendWith(PostgresExtension.class)
class ShiftCalendarTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    TestDatabase db;
    UUID plant;
    TestUser admin;
    ShiftService shifts;

    @BeforeEach
    void plant(TestDatabase db) {
        this.db = db;
        plant = db.createTenant("Shift plant " + UUID.randomUUID());
        admin = db.createUser(plant, AppRole.ADMIN);
        // The plant's zone is core.tenant.time_zone; shift times are wall-clock times in it.
        db.adminJdbi()
                .useHandle(h -> h.execute("update core.tenant set time_zone = 'Europe/Berlin' where id = ?", plant));
        shifts = new ShiftService(db.jdbiAs(admin), new Ids(Clock.systemUTC()));
    }

    static ShiftPattern shift(String name, String starts, String ends, Set<DayOfWeek> days, ShiftBreak... breaks) {
        return new ShiftPattern(
                null, name, LocalTime.parse(starts), LocalTime.parse(ends), List.of(breaks), days, FROM, null);
    }

    static OffsetDateTime berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toOffsetDateTime();
    }

    Map<String, Object> shiftAt(Jdbi jdbi, OffsetDateTime at) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select shift_name, starts_at, ends_at from core.current_shift_at(:at)")
                .bind("at", at)
                .map((rs, ctx) -> {
                    var m = new java.util.HashMap<String, Object>();
                    m.put("shift_name", rs.getString("shift_name"));
                    m.put("starts_at", rs.getObject("starts_at", OffsetDateTime.class));
                    m.put("ends_at", rs.getObject("ends_at", OffsetDateTime.class));
                    return (Map<String, Object>) m;
                })
                .one());
    }

    static OffsetDateTime ts(Object o) {
        return ((OffsetDateTime) o).atZoneSameInstant(BERLIN).toOffsetDateTime();
    }

    @Test
    void aNightShiftCrossingMidnightHoldsItsTwentyThreeAndThreeOClockRows() {
        shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS, new ShiftBreak(LocalTime.of(2, 0), 30)));
        var late = shiftAt(db.jdbiAs(admin), berlin("2026-03-02T23:00")); // a Monday
        var early = shiftAt(db.jdbiAs(admin), berlin("2026-03-03T03:00")); // the Tuesday after
        assertThat(late.get("shift_name")).isEqualTo("Night");
        assertThat(ts(late.get("starts_at")).toInstant())
                .isEqualTo(berlin("2026-03-02T22:00").toInstant());
        assertThat(ts(early.get("starts_at")).toInstant())
                .isEqualTo(ts(late.get("starts_at")).toInstant());
        assertThat(ts(early.get("ends_at")).toInstant())
                .isEqualTo(berlin("2026-03-03T06:00").toInstant());
        // The break belongs to its shift: 02:15 is still the Monday night shift.
        assertThat(ts(shiftAt(db.jdbiAs(admin), berlin("2026-03-03T02:15")).get("starts_at"))
                        .toInstant())
                .isEqualTo(berlin("2026-03-02T22:00").toInstant());
        assertThat(shifts.shiftAt(berlin("2026-03-03T05:59"))).contains("Night");
    }

    @Test
    void aTimeInNoShiftFallsInTheNoShiftStretchAroundIt() {
        shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS));
        shifts.save(shift("Morning", "06:00", "14:00", WEEKDAYS));
        // Saturday noon: the Friday night shift ended at 06:00; nothing starts before midnight.
        var sat = shiftAt(db.jdbiAs(admin), berlin("2026-03-07T12:00"));
        assertThat(sat.get("shift_name")).isNull();
        assertThat(ts(sat.get("starts_at")).toInstant())
                .isEqualTo(berlin("2026-03-07T06:00").toInstant());
        assertThat(ts(sat.get("ends_at")).toInstant())
                .isEqualTo(berlin("2026-03-08T00:00").toInstant());
        // Tuesday 15:00: between the morning (to 14:00) and the night (from 22:00).
        var gap = shiftAt(db.jdbiAs(admin), berlin("2026-03-03T15:00"));
        assertThat(gap.get("shift_name")).isNull();
        assertThat(ts(gap.get("starts_at")).toInstant())
                .isEqualTo(berlin("2026-03-03T14:00").toInstant());
        assertThat(ts(gap.get("ends_at")).toInstant())
                .isEqualTo(berlin("2026-03-03T22:00").toInstant());
        assertThat(shifts.shiftAt(berlin("2026-03-03T15:00"))).isEmpty();
        // Before the calendar applies, every moment is in no shift.
        assertThat(shiftAt(db.jdbiAs(admin), berlin("2025-12-01T08:00")).get("shift_name"))
                .isNull();
    }

    @Test
    void shiftHoursAreThePlantsWallClockAcrossADaylightSavingChange() {
        // Europe/Berlin leaves summer time at 03:00 on Sunday 25 October 2026: a Saturday night
        // shift of 22:00 to 06:00 lasts nine real hours that night, and still ends at 06:00.
        shifts.save(shift("Weekend night", "22:00", "06:00", EnumSet.of(DayOfWeek.SATURDAY)));
        var night = shiftAt(db.jdbiAs(admin), berlin("2026-10-25T05:30"));
        assertThat(night.get("shift_name")).isEqualTo("Weekend night");
        assertThat(Duration.between(ts(night.get("starts_at")), ts(night.get("ends_at"))))
                .isEqualTo(Duration.ofHours(9));
        assertThat(ts(night.get("ends_at")).toLocalTime()).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    void theDatabaseRefusesOverlapsZeroLengthsAndBreaksOutsideTheirShift() {
        shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS));
        Jdbi asAdmin = db.jdbiAs(admin);
        String insert = "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                + "values (core.current_tenant(), gen_random_uuid(), ?, cast(? as time), cast(? as time), cast(? as jsonb), "
                + "cast(? as smallint[]), date '2026-01-01')";
        // Tuesday 05:00 to 07:00 meets Monday's night shift, which runs into Tuesday morning.
        assertThatThrownBy(() -> asAdmin.useHandle(h -> h.execute(insert, "Early", "05:00", "07:00", "[]", "{2}")))
                .hasMessageContaining("overlaps shift \"Night\"");
        // Friday's night runs into Saturday: a Saturday shift from 05:00 overlaps it too.
        assertThatThrownBy(() -> asAdmin.useHandle(h -> h.execute(insert, "Sat", "05:00", "09:00", "[]", "{6}")))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> asAdmin.useHandle(h -> h.execute(insert, "Zero", "08:00", "08:00", "[]", "{1}")))
                .hasMessageContaining("shift_pattern_not_empty");
        assertThatThrownBy(() -> asAdmin.useHandle(h ->
                        h.execute(insert, "Day", "08:00", "16:00", "[{\"start\": \"17:00\", \"minutes\": 30}]", "{1}")))
                .hasMessageContaining("shift_pattern_breaks");
        assertThatThrownBy(() -> asAdmin.useHandle(h -> h.execute(insert, "Day", "08:00", "16:00", "[]", "{8}")))
                .hasMessageContaining("shift_pattern_days");
        // Adjacent is not overlapping; a Saturday day shift after Friday night's end is fine.
        asAdmin.useHandle(
                h -> h.execute(insert, "Day", "06:00", "14:00", "[{\"start\": \"10:00\", \"minutes\": 30}]", "{1,6}"));
        assertThat(shifts.list()).extracting(ShiftPattern::name).containsExactly("Day", "Night");
    }

    @Test
    void theServiceChecksBeforeSendingAndRefusesAStaleEdit() {
        ShiftPattern night = shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS));
        assertThatThrownBy(() -> shifts.save(shift("Early", "05:00", "07:00", EnumSet.of(DayOfWeek.TUESDAY))))
                .isInstanceOf(PlantdeskException.class)
                .satisfies(e -> assertThat(((PlantdeskException) e)
                                .messageText()
                                .orElseThrow()
                                .key())
                        .isEqualTo("shifts.error.overlap"))
                .hasMessageContaining("\"Night\"");
        assertThat(ShiftRules.problems(
                        shift("B", "06:00", "14:00", WEEKDAYS, new ShiftBreak(LocalTime.of(14, 0), 10)), List.of()))
                .extracting(t -> t.key())
                .containsExactly("shifts.error.break");
        assertThat(ShiftRules.problems(shift(" ", "06:00", "06:00", Set.of()), List.of()))
                .extracting(t -> t.key())
                .containsExactly("shifts.error.name", "shifts.error.zeroLength", "shifts.error.days");

        // Another admin edits the night shift first; this one's edit (of the old version) is refused.
        ShiftService other =
                new ShiftService(db.jdbiAs(db.createUser(plant, AppRole.ADMIN)), new Ids(Clock.systemUTC()));
        ShiftPattern theirs = other.save(new ShiftPattern(
                night.id(),
                "Night",
                night.starts(),
                LocalTime.of(5, 30),
                night.breaks(),
                night.days(),
                night.validFrom(),
                night.version()));
        assertThat(theirs.version()).isEqualTo(2);
        ShiftPattern mine = new ShiftPattern(
                night.id(),
                "Nights",
                night.starts(),
                night.ends(),
                night.breaks(),
                night.days(),
                night.validFrom(),
                night.version());
        assertThatThrownBy(() -> shifts.save(mine))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("changed or deleted");
        assertThatThrownBy(() -> shifts.delete(night)).hasMessageContaining("changed or deleted");
        shifts.delete(theirs);
        assertThat(shifts.list()).isEmpty();
        // A deleted shift's name may be used again; the audit log kept every step.
        shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS));
        long audited = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) from core.audit_log where tenant_id = ? and table_name = 'core.shift_pattern'")
                        .bind(0, plant)
                        .mapTo(Long.class)
                        .one());
        assertThat(audited).isEqualTo(4);
    }

    @Test
    void onlyAdminsEditTheCalendarAndEachPlantSeesItsOwn() {
        shifts.save(shift("Night", "22:00", "06:00", WEEKDAYS));
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        ShiftService asPlanner = new ShiftService(db.jdbiAs(planner), new Ids(Clock.systemUTC()));
        assertThat(asPlanner.list()).hasSize(1);
        assertThatThrownBy(() -> asPlanner.save(shift("Morning", "06:00", "14:00", WEEKDAYS)))
                .isInstanceOf(PlantdeskException.class);
        UUID otherPlant = db.createTenant("Other shift plant");
        TestUser otherAdmin = db.createUser(otherPlant, AppRole.ADMIN);
        ShiftService theirs = new ShiftService(db.jdbiAs(otherAdmin), new Ids(Clock.systemUTC()));
        assertThat(theirs.list()).isEmpty();
        theirs.save(shift("Night", "21:00", "05:00", WEEKDAYS)); // the same hours elsewhere are no overlap
        assertThat(shifts.list()).hasSize(1);
    }
}
