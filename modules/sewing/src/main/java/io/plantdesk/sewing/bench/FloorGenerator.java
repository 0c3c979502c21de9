package io.plantdesk.sewing.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A sewing floor at scale, written by the server itself (generate_series, set-based inserts): 40
 * lines of 25 operators, a 12-operation style per line, two shifts a day (06:00-14:00 and
 * 14:00-22:00, Monday to Saturday) over the days asked for, bundles of 20 pieces, one scan per
 * bundle and operation (the operator-operation records), attendance per operator and shift, and a
 * stop now and then. Set-up only: the rows are written with session_replication_role = replica,
 * which skips the per-row triggers (audit, stamps, rollup invalidations, foreign-key checks) on
 * generated data that is sound by construction; the rollups are then recomputed for every shift
 * and hour, as the engine would after the writes, and the per-line WIP count is counted afresh.
 */
public final class FloorGenerator {

    public static final int LINES = 40;
    public static final int CREW = 25;
    public static final int OPERATIONS = 12;

    private long mark = System.nanoTime();

    /**
     * One line per phase on the bench's log: at full size the generator runs for many minutes, and
     * which phase takes them decides what to make faster.
     */
    private void phase(String done) {
        long now = System.nanoTime();
        System.err.printf("  generator: %s in %.1f s%n", done, (now - mark) / 1e9);
        mark = now;
    }

    /** Writes about {@code scans} scans over {@code days} days up to now for the plant. */
    public void generate(DataSource admin, UUID plant, long scans, int days) throws Exception {
        long bundlesPerLineShift = Math.max(1, scans / OPERATIONS / LINES / (days * 6L / 7 * 2));
        String t = "'" + plant + "'::uuid";
        mark = System.nanoTime();
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            // The bench's own server: checkpoints every 1 GB of WAL made the load write each page again
            // and again (full-page images); this server holds nothing but the bench's plant.
            s.execute("alter system set max_wal_size = '16GB'");
            s.execute("select pg_reload_conf()");
            c.setAutoCommit(false);
            s.execute("set local maintenance_work_mem = '512MB'");
            s.execute("set local session_replication_role = replica");
            // Millions of rows in one statement sort on disk: past the plant's 1 GB temp cap, which guards
            // people's queries, not the set-up's (the generator is the server's superuser).
            s.execute("set local temp_file_limit = -1");
            s.execute("set local work_mem = '256MB'");
            s.execute("update core.tenant set time_zone = 'UTC' where id = " + t);
            s.execute(
                    "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) values "
                            + "(" + t
                            + ", gen_random_uuid(), 'Morning', '06:00', '14:00', '[]', '{1,2,3,4,5,6}', date '2000-01-01'), "
                            + "(" + t
                            + ", gen_random_uuid(), 'Evening', '14:00', '22:00', '[]', '{1,2,3,4,5,6}', date '2000-01-01')");
            s.execute(
                    "create temp table g_line on commit drop as select n, gen_random_uuid() as id, gen_random_uuid() as style, "
                            + "gen_random_uuid() as run from generate_series(1, " + LINES + ") n");
            s.execute("insert into sewing.line (tenant_id, id, code, name, hourly_target) select " + t
                    + ", id, 'L' || n, 'Line ' || n, 40 from g_line");
            s.execute("insert into sewing.style (tenant_id, id, code, name) select " + t
                    + ", style, 'ST-' || n, 'Style ' || n from g_line");
            s.execute(
                    "create temp table g_op on commit drop as select l.n as line, k, gen_random_uuid() as id, l.style, "
                            + "(0.3 + (k * 7 % 10) / 10.0)::numeric(7, 3) as smv from g_line l cross join generate_series(1, "
                            + OPERATIONS + ") k");
            s.execute("insert into sewing.operation (tenant_id, id, style_id, seq, name, smv, piece_rate) select " + t
                    + ", id, style, k * 10, 'Operation ' || k, smv, smv * 0.04 from g_op");
            s.execute(
                    "insert into sewing.run (tenant_id, id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on) "
                            + "select " + t + ", run, id, style, 'PO-' || n, 10000000, 70, current_date - " + days
                            + " from g_line");
            s.execute(
                    "create temp table g_person on commit drop as select l.n as line, l.id as line_id, m, gen_random_uuid() as id "
                            + "from g_line l cross join generate_series(1, " + CREW + ") m");
            s.execute("insert into core.person (tenant_id, id, display_name, app_role, login_role) select " + t
                    + ", id, 'Operator ' || line || '-' || m, 'operator', 'bench_op_' || line || '_' || m || '_' || "
                    + "substr(replace(" + t + "::text, '-', ''), 1, 8) from g_person");
            s.execute("insert into sewing.line_member (tenant_id, id, line_id, person_id) select " + t
                    + ", gen_random_uuid(), line_id, id from g_person");
            // The shifts: every Monday-to-Saturday, morning and evening, that has started by now.
            s.execute("create temp table g_shift on commit drop as select d + h * interval '1 hour' as start from "
                    + "generate_series(current_date - " + days + ", current_date, interval '1 day') d "
                    + "cross join (values (6), (14)) x(h) where extract(isodow from d) < 7 "
                    + "and d + h * interval '1 hour' <= now()");
            s.execute(
                    "create temp table g_bundle on commit drop as select gen_random_uuid() as id, l.n as line, l.id as line_id, "
                            + "l.run, sh.start, b from g_line l cross join g_shift sh cross join generate_series(0, "
                            + (bundlesPerLineShift - 1) + ") b");
            s.execute("insert into sewing.bundle (tenant_id, id, run_id, ticket, size, quantity, qr_code) select " + t
                    + ", id, run, row_number() over (partition by run order by start, b), 'M', 20, "
                    + "'BB-' || replace(id::text, '-', '') from g_bundle");
            // Each bundle is issued to its line as its first operation starts: without it the floor's WIP
            // (pieces loaded less output) was the output negated, and its read had nothing to count.
            s.execute(
                    "insert into sewing.bundle_issue (tenant_id, id, client_key, bundle_id, line_id, pieces, issued_at) "
                            + "select " + t
                            + ", gen_random_uuid(), gen_random_uuid(), id, line_id, 20, start + (b * 450.0 / "
                            + bundlesPerLineShift + ") * interval '1 minute' from g_bundle where start + (b * 450.0 / "
                            + bundlesPerLineShift + ") * interval '1 minute' <= now()");
            phase("bundles written and issued");
            // The scans' indexes and keys are built after the load, by one sort each: kept during it, every
            // row went into five B-trees, three of them at random places (uuid keys), a few thousand rows a
            // second once they outgrew the cache.
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "select c.conname, pg_get_constraintdef(c.oid), i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                            + "from pg_index i left join pg_constraint c on c.conindid = i.indexrelid "
                            + "and c.conrelid = i.indrelid where i.indrelid = 'sewing.bundle_scan'::regclass")) {
                while (r.next()) {
                    indexes.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            for (String[] i : indexes) {
                s.execute(
                        i[0] != null ? "alter table sewing.bundle_scan drop constraint " + i[0] : "drop index " + i[2]);
            }
            // Each bundle's operations through the shift, by the operator whose turn it is; none in the future.
            s.execute(
                    "insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, "
                            + "device, pieces, smv, scanned_at) select " + t
                            + ", gen_random_uuid(), gen_random_uuid(), b.id, o.id, "
                            + "b.line_id, p.id, 'bench', 20, o.smv, b.start + ((b.b * 450.0 / " + bundlesPerLineShift
                            + ") + o.k * 2) "
                            + "* interval '1 minute' from g_bundle b join g_op o on o.line = b.line join g_person p on p.line = b.line "
                            + "and p.m = 1 + (o.k + b.b) % " + CREW + " where b.start + ((b.b * 450.0 / "
                            + bundlesPerLineShift
                            + ") + o.k * 2) * interval '1 minute' <= now()");
            phase("scans written");
            for (String[] i : indexes) {
                s.execute(i[0] != null ? "alter table sewing.bundle_scan add constraint " + i[0] + " " + i[1] : i[3]);
            }
            phase("scans' keys and indexes built");
            s.execute("insert into sewing.attendance (tenant_id, id, client_key, line_id, person_id, shift_start, "
                    + "minutes_attended, overtime_minutes) select " + t
                    + ", gen_random_uuid(), gen_random_uuid(), p.line_id, "
                    + "p.id, sh.start, least(450, greatest(1, extract(epoch from now() - sh.start)::int / 60)), 0 "
                    + "from g_person p cross join g_shift sh");
            s.execute(
                    "insert into sewing.downtime (tenant_id, id, start_key, stop_key, line_id, reason, started_at, ended_at) "
                            + "select " + t
                            + ", gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), l.id, 'no_work', "
                            + "sh.start + interval '3 hours', sh.start + interval '3 hours 25 minutes' from g_line l cross join g_shift sh "
                            + "where (l.n + extract(doy from sh.start)::int) % 9 = 0 and sh.start + interval '4 hours' < now()");
            phase("attendance and stops written");
            // Fresh statistics for the recompute's plans: the load left the planner guessing at 15 M rows.
            s.execute(
                    "analyze sewing.bundle_scan, sewing.attendance, sewing.downtime, sewing.operation, sewing.bundle");
            phase("analysed");
            // The rollups' work: every shift bucket and hour since the first shift. The closed ones are
            // computed here by the jobs' own recompute functions, once over all of them (what the engine
            // does a chunk at a time: at 15 M scans, its catch-up alone took longer than the load); the open
            // shift and hour are recorded as invalidations, as the triggers would, for the engine.
            s.execute(
                    "create temp table g_sbucket on commit drop as select distinct b.bucket_start as s, sh.ends_at as e "
                            + "from generate_series(current_date - " + days + ", current_date, interval '1 day') d "
                            + "cross join lateral sewing.shift_buckets(" + t + ", d, d + interval '1 day') b "
                            + "cross join lateral core.shift_at(" + t
                            + ", b.bucket_start) sh where b.bucket_start < now()");
            s.execute("create temp table g_hour on commit drop as select h as s, h + interval '1 hour' as e from "
                    + "generate_series((select min(start) from g_shift), now(), interval '1 hour') h");
            for (String[] job : List.of(
                    new String[] {"sewing_line_shift", "sewing.rollup_line_shift_recompute", "g_sbucket"},
                    new String[] {"sewing_operator_hour", "sewing.rollup_operator_hour_recompute", "g_hour"},
                    new String[] {"sewing_line_hour", "sewing.rollup_line_hour_recompute", "g_hour"})) {
                s.execute("select count(*) from " + job[1] + "(" + t + ", array(select s from " + job[2]
                        + " where e <= now()))");
                s.execute("insert into core.rollup_invalidation (tenant_id, job, bucket_start) select " + t + ", '"
                        + job[0] + "', s from " + job[2] + " where e > now() on conflict do nothing");
                phase("rollup " + job[0] + " computed");
            }
            // The running WIP count the triggers keep (skipped above), from scratch.
            s.execute("select sewing.recount_line_wip(" + t + ")");
            phase("WIP counted");
            c.commit();
            phase("committed");
        }
    }
}
