package io.plantdesk.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.rollup.RollupRunner;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A rollup job with the 'shift' bucket, declared as a feature would: its buckets are the plant's
 * calendar shifts (a night shift's rows on both sides of midnight in one bucket), and time in no
 * shift lands in the "no shift" stretch, never in an invented 8-hour shift.
 */
@ExtendWith(PostgresExtension.class)
class ShiftRollupTest {

    @Test
    void aShiftJobGroupsByTheCalendar(TestDatabase db) {
        UUID plant = db.createTenant("Shift rollup plant");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        db.adminJdbi().useHandle(h -> {
            h.execute("update core.tenant set time_zone = 'Europe/Berlin' where id = ?", plant);
            h.execute("""
                    create table core.piece_event (
                        tenant_id uuid not null references core.tenant (id),
                        id bigint generated always as identity,
                        at timestamptz not null,
                        primary key (tenant_id, id))""");
            h.execute("select core.enable_tenant_rls('core.piece_event')");
            h.execute("grant select, insert, update, delete on core.piece_event to plantdesk_admin");
            h.execute("grant select on core.piece_event to plantdesk_security");
            h.execute("create table core.piece_by_shift (tenant_id uuid not null, shift_start timestamptz not null, "
                    + "shift_name text, pieces int not null, primary key (tenant_id, shift_start))");
            h.execute("grant select, insert, update, delete on core.piece_by_shift to plantdesk_security");
            // Each bucket's end (and name) comes from the calendar, as the engine's do.
            h.execute("""
                    create function core.piece_recompute(p_tenant uuid, p_buckets timestamptz[])
                        returns table (rows_read bigint, rows_written bigint)
                        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
                    declare w bigint;
                    begin
                        delete from core.piece_by_shift where tenant_id = p_tenant and shift_start = any (p_buckets);
                        insert into core.piece_by_shift
                        select p_tenant, b.s, s.shift_name, count(*)
                          from unnest(p_buckets) b(s)
                         cross join lateral core.shift_at(p_tenant, b.s) s
                          join core.piece_event e on e.tenant_id = p_tenant and e.at >= s.starts_at and e.at < s.ends_at
                         group by b.s, s.shift_name;
                        get diagnostics w = row_count;
                        return query select w, w;
                    end $$""");
            h.execute("alter function core.piece_recompute(uuid, timestamptz[]) owner to plantdesk_security");
            h.execute(
                    "insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds) "
                            + "values ('pieces', 'shift', 'pieces', 'core.piece_recompute', '{core.piece_event}', 60)");
            h.execute("select core.track_rollup('core.piece_event', 'pieces', 'at')");
        });
        ShiftService shifts = new ShiftService(db.jdbiAs(admin), new Ids(Clock.systemUTC()));
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        shifts.save(ShiftCalendarTest.shift("Morning", "06:00", "14:00", weekdays));
        shifts.save(ShiftCalendarTest.shift(
                "Evening", "14:00", "22:00", weekdays, new ShiftBreak(LocalTime.of(18, 0), 30)));
        shifts.save(ShiftCalendarTest.shift("Night", "22:00", "06:00", weekdays));

        // Monday 2 March 2026: 23:00 and 03:00 (Tuesday) in one night shift; 21:59 in the evening
        // one, 06:00 Tuesday in the morning one; Saturday noon in no shift.
        List<String> local = List.of(
                "2026-03-02T21:59",
                "2026-03-02T23:00",
                "2026-03-03T03:00",
                "2026-03-03T06:00",
                "2026-03-07T12:00",
                "2026-03-07T13:00");
        db.jdbiAs(admin).useHandle(h -> {
            for (String t : local) {
                h.execute(
                        "insert into core.piece_event (tenant_id, at) values (core.current_tenant(), ?)",
                        ShiftCalendarTest.berlin(t));
            }
        });
        new RollupRunner(db.jdbiAs(admin)).catchUp("pieces", p -> {}, () -> false);

        Map<OffsetDateTime, String> stored = new LinkedHashMap<>();
        db.adminJdbi()
                .useHandle(h -> h.createQuery(
                                "select shift_start, coalesce(shift_name, '(no shift)') || ' ' || pieces from core.piece_by_shift "
                                        + "where tenant_id = ? order by shift_start")
                        .bind(0, plant)
                        .map((rs, ctx) -> Map.entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                        .forEach(e -> stored.put(
                                e.getKey()
                                        .toInstant()
                                        .atZone(ShiftCalendarTest.BERLIN)
                                        .toOffsetDateTime(),
                                e.getValue())));
        assertThat(stored)
                .containsExactly(
                        Map.entry(ShiftCalendarTest.berlin("2026-03-02T14:00"), "Evening 1"),
                        Map.entry(ShiftCalendarTest.berlin("2026-03-02T22:00"), "Night 2"),
                        Map.entry(ShiftCalendarTest.berlin("2026-03-03T06:00"), "Morning 1"),
                        Map.entry(ShiftCalendarTest.berlin("2026-03-07T06:00"), "(no shift) 2"));
        // Every bucket was closed, so none is left pending.
        long pending = db.adminJdbi()
                .withHandle(h -> h.createQuery("select count(*) from core.rollup_invalidation where job = 'pieces'")
                        .mapTo(Long.class)
                        .one());
        assertThat(pending).isZero();
    }
}
