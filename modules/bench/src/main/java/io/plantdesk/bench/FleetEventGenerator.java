package io.plantdesk.bench;

import io.plantdesk.platform.bench.ScaleGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A plant's fleet at scale, generated inside the server (generate_series, month by month so each
 * month partition's indexes are built while they fit in memory): garages of 50 vehicles, and
 * vehicle events over the months before now with a realistic mix (fuel two in five, nine in ten
 * of them to full, one in fifty after a missed fill-up; readings, service, repairs, damage,
 * inspections, fees and notes) and odometers that rise with time. The inserts run with
 * {@code session_replication_role = replica}, so the per-row triggers (stamps, audit, the kept
 * revisions, the odometer rule) and the rollup invalidation triggers do not fire: the rows are
 * consistent by construction, and every touched bucket is invalidated for the engine afterwards,
 * and every vehicle's precomputed row (fleet.vehicle_state) computed. Each vehicle gets a reminder
 * by date (some overdue, some due soon) and every other one a reminder by odometer, as the
 * overview's next-reminder column reads them.
 */
public final class FleetEventGenerator implements ScaleGenerator {

    /** Events per vehicle as the figure has it: 10 million across 2,000 vehicles. */
    static final int EVENTS_PER_VEHICLE = 5_000;

    @Override
    public String name() {
        return "vehicle_event";
    }

    @Override
    public void generate(DataSource admin, UUID plant, long rows, int days, long seed) throws SQLException {
        generate(admin, plant, Math.max(1, rows / EVENTS_PER_VEHICLE), rows, Math.max(1, days / 30), seed);
    }

    /** {@code vehicles} vehicles sharing {@code rows} events over the {@code months} months up to now. */
    public void generate(DataSource admin, UUID plant, long vehicles, long rows, int months, long seed)
            throws SQLException {
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("select core.ensure_month_partitions('fleet.vehicle_event', " + (months + 1) + ", 1)");
            s.execute("select setseed(" + (seed % 1000) / 1000.0 + ")");
            s.execute("insert into fleet.garage (tenant_id, id, name) select '" + plant + "', gen_random_uuid(), "
                    + "'Bench garage ' || g from generate_series(1, " + Math.max(1, vehicles / 50) + ") g");
            s.execute(
                    "insert into fleet.vehicle (tenant_id, id, plate, make, model, fuel_type, odometer_unit, garage_id) "
                            + "select '" + plant
                            + "', gen_random_uuid(), 'B' || lpad(i::text, 6, '0'), 'Iveco', 'Daily', "
                            + "case when i % 10 = 0 then 'petrol' else 'diesel' end, case when i % 7 = 0 then 'mi' else 'km' end, "
                            + "(select id from fleet.garage where tenant_id = '" + plant
                            + "' order by name offset (i % "
                            + Math.max(1, vehicles / 50) + ") limit 1) from generate_series(1, " + vehicles + ") i");
            s.execute("insert into fleet.reminder (tenant_id, id, vehicle_id, title, due_on, every_months) "
                    + "select tenant_id, gen_random_uuid(), id, 'Service', current_date + (abs(hashtext(id::text)) % 120) - 20, 6 "
                    + "from fleet.vehicle where tenant_id = '" + plant + "'");
            s.execute("insert into fleet.reminder (tenant_id, id, vehicle_id, title, due_odometer) "
                    + "select tenant_id, gen_random_uuid(), id, 'Tyres', 60000 + abs(hashtext(id::text)) % 40000 "
                    + "from fleet.vehicle where tenant_id = '" + plant + "' and abs(hashtext(id::text)) % 2 = 0");
        }
        long perMonth = Math.max(1, rows / vehicles / months);
        // One month of every vehicle per statement: the event's time spreads evenly over the month,
        // its odometer is the vehicle's start plus 4 km an hour on the road.
        String sql =
                "insert into fleet.vehicle_event (tenant_id, id, vehicle_id, kind, occurred_at, odometer, cost, quantity, "
                        + "quantity_unit, description, filled_to_full, missed_fill, created_by, updated_by) "
                        + "select v.tenant_id, gen_random_uuid(), v.id, k.kind, t.at, "
                        + "  case when k.kind in ('note', 'tax_fee') then null else round((v.base + extract(epoch from t.at - ?::timestamptz) / 900)::numeric, 1) end, "
                        + "  case k.kind when 'fuel' then round((40 + random() * 60)::numeric, 2) when 'repair' then round((100 + random() * 900)::numeric, 2) "
                        + "    when 'maintenance' then round((80 + random() * 300)::numeric, 2) when 'damage' then round((50 + random() * 2000)::numeric, 2) "
                        + "    when 'inspection' then 45 when 'tax_fee' then round((20 + random() * 200)::numeric, 2) end, "
                        + "  case when k.kind = 'fuel' then round((25 + random() * 45)::numeric, 3) end, case when k.kind = 'fuel' then 'L' end, "
                        + "  k.kind || ' by the bench', "
                        + "  case when k.kind = 'fuel' then random() < 0.9 end, case when k.kind = 'fuel' then random() < 0.02 end, "
                        + "  'bench', 'bench' "
                        + "from (select tenant_id, id, (abs(hashtext(id::text)) % 50000)::numeric as base from fleet.vehicle where tenant_id = ?) v "
                        + "cross join generate_series(0, ? - 1) i "
                        + "cross join lateral (select ?::timestamptz + (i + random()) * (?::timestamptz - ?::timestamptz) / ? as at) t "
                        + "cross join lateral (select case when r < 0.40 then 'fuel' when r < 0.60 then 'odometer' when r < 0.70 then 'maintenance' "
                        + "  when r < 0.75 then 'repair' when r < 0.77 then 'damage' when r < 0.82 then 'inspection' when r < 0.85 then 'tax_fee' "
                        + "  else 'note' end as kind from (select random() + 0 * i as r) x) k "
                        + "where t.at < now()";
        try (Connection c = admin.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC)
                    .withDayOfMonth(1)
                    .toLocalDate()
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC)
                    .minusMonths(months - 1);
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int m = 0; m < months; m++) {
                    OffsetDateTime from = first.plusMonths(m);
                    OffsetDateTime to = from.plusMonths(1);
                    p.setObject(1, first);
                    p.setObject(2, plant);
                    p.setLong(3, perMonth);
                    p.setObject(4, from);
                    p.setObject(5, to);
                    p.setObject(6, from);
                    p.setLong(7, perMonth);
                    p.executeUpdate();
                    System.err.printf("  generated month %d of %d (%,d events)%n", m + 1, months, perMonth * vehicles);
                }
            }
        }
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            // No trigger fired: every month and day with events is due for the rollup engine.
            s.execute("insert into core.rollup_invalidation (tenant_id, job, bucket_start) "
                    + "select t.id, j.name, g at time zone t.time_zone from core.tenant t "
                    + "cross join core.rollup_job j cross join lateral generate_series("
                    + "date_trunc(j.bucket, (now() - interval '" + (months + 1)
                    + " months') at time zone t.time_zone), "
                    + "now() at time zone t.time_zone, ('1 ' || j.bucket)::interval) g "
                    + "where t.id = '" + plant
                    + "' and j.name in ('fleet_monthly', 'fleet_daily') on conflict do nothing");
            s.execute("select fleet.vehicle_state_refresh('" + plant
                    + "', array(select id from fleet.vehicle where tenant_id = '" + plant + "'))");
            s.execute("vacuum analyze fleet.vehicle_event");
            s.execute("vacuum analyze fleet.vehicle");
            s.execute("vacuum analyze fleet.vehicle_state");
            s.execute("vacuum analyze fleet.reminder");
        }
    }
}
