package io.plantdesk.bench;

import io.plantdesk.platform.bench.ScaleGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A plant's fleet at scale, generated inside the server (generate_series): garages of 50 vehicles,
 * and vehicle events over the months before now with a realistic mix (fuel two in five, nine in
 * ten of them to full, one in fifty after a missed fill-up; readings, service, repairs, damage,
 * inspections, fees and notes) and odometers that rise with time. Each vehicle gets a reminder by
 * date (some overdue, some due soon) and every other one a reminder by odometer.
 *
 * <p>The load is the cost of the bench, so each row costs as little as it can: month by month, the
 * month's partition is detached, its indexes dropped, every plant's rows inserted straight into it
 * (no routing, no index kept up row by row, and with {@code session_replication_role = replica} no
 * trigger: the stamps, audit, revisions, odometer rule, vehicle state and rollup invalidations do
 * not fire, the rows being consistent by construction), then attached again, which builds its
 * indexes in one sorted pass each. Afterwards every touched bucket is invalidated for the engine and
 * every vehicle's precomputed row (fleet.vehicle_state) computed. On the shared 2-core machine this
 * wrote about 35,000 to 40,000 events a second under a load average of 13 (other benches and builds);
 * with the indexes kept row by row it wrote about 4,000.
 */
public final class FleetEventGenerator implements ScaleGenerator {

    /** Events per vehicle as the figure has it: 10 million across 2,000 vehicles. */
    static final int EVENTS_PER_VEHICLE = 5_000;

    /** One plant's share of the load. */
    public record Plant(UUID id, long vehicles, long rows, long seed) {}

    @Override
    public String name() {
        return "vehicle_event";
    }

    @Override
    public void generate(DataSource admin, UUID plant, long rows, int days, long seed) throws SQLException {
        generate(
                admin,
                List.of(new Plant(plant, Math.max(1, rows / EVENTS_PER_VEHICLE), rows, seed)),
                Math.max(1, days / 30));
    }

    /** Every plant's vehicles and their events over the {@code months} months up to now, in one pass. */
    public void generate(DataSource admin, List<Plant> plants, int months) throws SQLException {
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("select core.ensure_month_partitions('fleet.vehicle_event', " + (months + 1) + ", 1)");
            for (Plant p : plants) {
                fleet(s, p);
            }
        }
        List<String[]> parts = partitions(admin, months);
        String first = parts.getFirst()[1];
        try (Connection c = admin.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.execute("set maintenance_work_mem = '512MB'");
            }
            int m = 0;
            for (String[] part : parts) {
                m++;
                long t0 = System.nanoTime();
                long written = 0;
                try (Statement s = c.createStatement()) {
                    s.execute("alter table fleet.vehicle_event detach partition " + part[0]);
                    for (String drop : indexDrops(c, part[0])) {
                        s.execute(drop);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(insert(part[0]))) {
                    for (Plant plant : plants) {
                        long perMonth = Math.max(1, plant.rows() / plant.vehicles() / months);
                        p.setString(1, first);
                        p.setObject(2, plant.id());
                        p.setLong(3, perMonth);
                        p.setString(4, part[1]);
                        p.setString(5, part[2]);
                        p.setString(6, part[1]);
                        p.setLong(7, perMonth);
                        written += p.executeUpdate();
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("alter table fleet.vehicle_event attach partition " + part[0] + " for values from ('"
                            + part[1] + "') to ('" + part[2] + "')");
                }
                System.err.printf(
                        "  generated month %d of %d: %,d events in %.1f s%n",
                        m, parts.size(), written, (System.nanoTime() - t0) / 1e9);
            }
        }
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            for (Plant p : plants) {
                settle(s, p.id(), months);
            }
            s.execute("vacuum analyze fleet.vehicle_event");
            s.execute("vacuum analyze fleet.vehicle");
            s.execute("vacuum analyze fleet.vehicle_state");
            s.execute("vacuum analyze fleet.reminder");
        }
    }

    /** The plant's garages, vehicles and reminders. */
    private static void fleet(Statement s, Plant p) throws SQLException {
        long garages = Math.max(1, p.vehicles() / 50);
        s.execute("select setseed(" + (p.seed() % 1000) / 1000.0 + ")");
        s.execute("insert into fleet.garage (tenant_id, id, name) select '" + p.id() + "', gen_random_uuid(), "
                + "'Bench garage ' || g from generate_series(1, " + garages + ") g");
        s.execute("insert into fleet.vehicle (tenant_id, id, plate, make, model, fuel_type, odometer_unit, garage_id) "
                + "select '" + p.id() + "', gen_random_uuid(), 'B' || lpad(i::text, 6, '0'), 'Iveco', 'Daily', "
                + "case when i % 10 = 0 then 'petrol' else 'diesel' end, case when i % 7 = 0 then 'mi' else 'km' end, "
                + "g.ids[1 + i % " + garages + "] "
                + "from generate_series(1, " + p.vehicles() + ") i, "
                + "(select array_agg(id order by name) as ids from fleet.garage where tenant_id = '" + p.id()
                + "') g");
        s.execute("insert into fleet.reminder (tenant_id, id, vehicle_id, title, due_on, every_months) "
                + "select tenant_id, gen_random_uuid(), id, 'Service', current_date + (abs(hashtext(id::text)) % 120) - 20, 6 "
                + "from fleet.vehicle where tenant_id = '" + p.id() + "'");
        s.execute("insert into fleet.reminder (tenant_id, id, vehicle_id, title, due_odometer) "
                + "select tenant_id, gen_random_uuid(), id, 'Tyres', 60000 + abs(hashtext(id::text)) % 40000 "
                + "from fleet.vehicle where tenant_id = '" + p.id() + "' and abs(hashtext(id::text)) % 2 = 0");
    }

    /** The newest {@code months} month partitions that have begun, oldest first: name, from, to. */
    private static List<String[]> partitions(DataSource admin, int months) throws SQLException {
        List<String[]> parts = new ArrayList<>();
        try (Connection c = admin.getConnection();
                PreparedStatement p = c.prepareStatement("select * from (select c.oid::regclass::text as part, "
                        + "b[1] as lo, b[2] as hi from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                        + "cross join lateral regexp_match(pg_get_expr(c.relpartbound, c.oid), "
                        + "'FROM \\(''([^'']+)''\\) TO \\(''([^'']+)''\\)') b "
                        + "where i.inhparent = 'fleet.vehicle_event'::regclass and b is not null "
                        + "and b[1]::timestamptz <= now() order by b[1]::timestamptz desc limit ?) x "
                        + "order by lo::timestamptz")) {
            p.setInt(1, months);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    parts.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            }
        }
        return parts;
    }

    /** The statements that drop a detached partition's indexes (its key through its constraint). */
    private static List<String> indexDrops(Connection c, String part) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select x.indexrelid::regclass::text, k.conname "
                + "from pg_index x left join pg_constraint k on k.conindid = x.indexrelid and k.conrelid = x.indrelid "
                + "where x.indrelid = ?::regclass")) {
            p.setString(1, part);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    drops.add(
                            r.getString(2) == null
                                    ? "drop index " + r.getString(1)
                                    : "alter table " + part + " drop constraint \"" + r.getString(2) + "\"");
                }
            }
        }
        return drops;
    }

    /**
     * One month of one plant's vehicles into the detached partition: each event's time spread evenly
     * over the month, its odometer the vehicle's start plus 4 km an hour on the road.
     */
    private static String insert(String part) {
        return "insert into " + part + " (tenant_id, id, vehicle_id, kind, occurred_at, odometer, cost, quantity, "
                + "quantity_unit, description, filled_to_full, missed_fill, created_by, updated_by) "
                + "select v.tenant_id, gen_random_uuid(), v.id, k.kind, t.at, "
                + "  case when k.kind in ('note', 'tax_fee') then null else round((v.base + extract(epoch from t.at - ?::timestamptz) / 900)::numeric, 1) end, "
                + "  case k.kind when 'fuel' then round((40 + k.r2 * 60)::numeric, 2) when 'repair' then round((100 + k.r2 * 900)::numeric, 2) "
                + "    when 'maintenance' then round((80 + k.r2 * 300)::numeric, 2) when 'damage' then round((50 + k.r2 * 2000)::numeric, 2) "
                + "    when 'inspection' then 45 when 'tax_fee' then round((20 + k.r2 * 200)::numeric, 2) end, "
                + "  case when k.kind = 'fuel' then round((25 + k.r2 * 45)::numeric, 3) end, case when k.kind = 'fuel' then 'L' end, "
                + "  k.kind || ' by the bench', "
                + "  case when k.kind = 'fuel' then k.r3 < 0.9 end, case when k.kind = 'fuel' then k.r3 > 0.98 end, "
                + "  'bench', 'bench' "
                + "from (select tenant_id, id, (abs(hashtext(id::text)) % 50000)::numeric as base from fleet.vehicle where tenant_id = ?) v "
                + "cross join generate_series(0, ? - 1) i "
                + "cross join lateral (select ?::timestamptz + (i + random()) * (?::timestamptz - ?::timestamptz) / ? as at) t "
                + "cross join lateral (select case when r < 0.40 then 'fuel' when r < 0.60 then 'odometer' when r < 0.70 then 'maintenance' "
                + "  when r < 0.75 then 'repair' when r < 0.77 then 'damage' when r < 0.82 then 'inspection' when r < 0.85 then 'tax_fee' "
                + "  else 'note' end as kind, r2, r3 from (select random() + 0 * i as r, random() as r2, random() as r3) x) k "
                + "where t.at < now()";
    }

    /** No trigger fired: every month and day with events is due for the engine, every vehicle's row. */
    private static void settle(Statement s, UUID plant, int months) throws SQLException {
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
    }
}
