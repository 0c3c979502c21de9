package io.plantdesk.maintenance.bench;

import io.plantdesk.platform.bench.ScaleGenerator;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A plant's maintenance data at scale through COPY: one site, lines of machines (one asset per
 * 20 work orders, at least 100), and work orders over the days before today with a realistic
 * shape (nine in ten done, the rest spread over the open statuses; titles and failure words from
 * a vocabulary so full-text search has common and rare words). The COPY runs with
 * {@code session_replication_role = replica}, so the per-row triggers (numbers, workflow, audit)
 * do not fire: the generator writes consistent rows itself and sets the plant's counter after.
 */
public final class WorkOrderGenerator implements ScaleGenerator {

    static final String[] WORDS = {
        "needle",
        "bobbin",
        "hook",
        "timing",
        "belt",
        "motor",
        "oil",
        "leak",
        "tension",
        "thread",
        "feed",
        "dog",
        "knife",
        "bearing",
        "noise",
        "vibration",
        "overheating",
        "skipped",
        "stitches",
        "guard",
        "pedal",
        "clutch",
        "servo",
        "lamp",
        "presser",
        "foot",
        "looper",
        "spreader",
        "steam",
        "hose"
    };
    static final String[] STATUS = {
        "closed",
        "closed",
        "closed",
        "closed",
        "closed",
        "closed",
        "closed",
        "closed",
        "completed",
        "requested",
        "approved",
        "approved",
        "in_progress",
        "on_hold",
        "cancelled"
    };
    static final String[] TYPES = {
        "corrective", "corrective", "preventive", "preventive", "preventive", "inspection", "emergency"
    };
    private static final int CHUNK = 500_000;

    @Override
    public String name() {
        return "work_order";
    }

    @Override
    public void generate(DataSource admin, UUID plant, long rows, int days, long seed)
            throws SQLException, IOException {
        List<UUID> machines = assets(admin, plant, Math.max(100, rows / 20), seed);
        SplittableRandom random = new SplittableRandom(seed);
        Instant end = Instant.now();
        Instant start = end.minus(days, ChronoUnit.DAYS);
        long done = 0;
        while (done < rows) {
            long n = Math.min(CHUNK, rows - done);
            try (Connection c = admin.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("set session_replication_role = replica");
                }
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy maint.work_order (tenant_id, id, number, title, description, "
                                        + "type, priority, status, asset_id, requested_at, due_at, estimated_hours, actual_hours, completed_at, "
                                        + "closed_at, tags) from stdin (format csv)",
                                new Rows(plant, done, n, start, end, machines, random.split()));
            }
            done += n;
            System.err.printf("  generated %,d of %,d work orders%n", done, rows);
        }
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into maint.work_order_counter (tenant_id, id, last) values ('" + plant + "', '" + plant
                    + "', "
                    + "(select max(number) from maint.work_order where tenant_id = '" + plant + "')) "
                    + "on conflict (tenant_id) do update set last = excluded.last");
            // The COPY fired no triggers: every day with work orders is due for the KPI rollup.
            s.execute("insert into core.rollup_invalidation (tenant_id, job, bucket_start) "
                    + "select distinct w.tenant_id, 'maintenance_daily', core.rollup_bucket_start(w.tenant_id, 'day', w.kpi_at, t.time_zone) "
                    + "from maint.work_order w join core.tenant t on t.id = w.tenant_id where w.tenant_id = '" + plant
                    + "' "
                    + "on conflict do nothing");
            // ... and the open backlog is counted again (the count's triggers did not fire either).
            s.execute("select maint.recount_backlog('" + plant + "')");
            s.execute("vacuum analyze maint.work_order");
        }
    }

    private static List<UUID> assets(DataSource admin, UUID plant, long count, long seed) throws SQLException {
        List<UUID> machines = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            UUID site = new UUID(random.nextLong(), random.nextLong());
            s.execute("insert into maint.asset (tenant_id, id, kind, code, name) values ('" + plant + "', '" + site
                    + "', 'site', 'BENCH', 'Bench site')");
            StringBuilder sql = new StringBuilder();
            UUID line = null;
            for (long i = 0; i < count; i++) {
                if (i % 500 == 0) {
                    line = new UUID(random.nextLong(), random.nextLong());
                    s.execute("insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values ('" + plant
                            + "', '" + line + "', '" + site + "', 'line', 'BL" + i / 500 + "', 'Bench line " + i / 500
                            + "')");
                }
                UUID m = new UUID(random.nextLong(), random.nextLong());
                machines.add(m);
                sql.append(sql.isEmpty() ? "" : ",")
                        .append("('")
                        .append(plant)
                        .append("','")
                        .append(m)
                        .append("','")
                        .append(line)
                        .append("','machine','BM")
                        .append(i)
                        .append("','Bench machine ")
                        .append(i)
                        .append("')");
                if (machines.size() % 1000 == 0 || i == count - 1) {
                    s.execute("insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values " + sql);
                    sql.setLength(0);
                }
            }
        }
        return machines;
    }

    /** A lazily generated CSV stream. */
    private static final class Rows extends Reader {
        private final UUID plant;
        private final long first;
        private final long total;
        private final long fromMs;
        private final long spanMs;
        private final List<UUID> machines;
        private final SplittableRandom random;
        private long made;
        private String line = "";
        private int pos;

        Rows(
                UUID plant,
                long first,
                long total,
                Instant from,
                Instant to,
                List<UUID> machines,
                SplittableRandom random) {
            this.plant = plant;
            this.first = first;
            this.total = total;
            this.fromMs = from.toEpochMilli();
            this.spanMs = Math.max(1, to.toEpochMilli() - fromMs);
            this.machines = machines;
            this.random = random;
        }

        private String word() {
            return WORDS[(int) (Math.pow(random.nextDouble(), 1.6) * WORDS.length)];
        }

        private String next() {
            long number = first + made + 1; // made is counted before next() returns
            long at = fromMs + (long) (number - 1) * spanMs / Math.max(1, first + total);
            String status = STATUS[random.nextInt(STATUS.length)];
            boolean done = status.equals("closed") || status.equals("completed");
            String type = TYPES[random.nextInt(TYPES.length)];
            Instant req = Instant.ofEpochMilli(at);
            Instant due = req.plus(1 + random.nextInt(14), ChronoUnit.DAYS);
            Instant completed = req.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
            String est = (1 + random.nextInt(16)) / 2.0 + "";
            return plant + "," + new UUID(random.nextLong(), random.nextLong()) + "," + number + ","
                    + word() + " " + word() + " " + word() + ",\"" + word() + " " + word() + " on machine\"," + type
                    + ","
                    + (1 + random.nextInt(4)) + "," + status + "," + machines.get(random.nextInt(machines.size())) + ","
                    + req + "," + due + "," + est + "," + (done ? est : "") + "," + (done ? completed : "") + ","
                    + (status.equals("closed") ? completed.plus(1, ChronoUnit.DAYS) : "") + ",\"{" + type + "}\"\n";
        }

        @Override
        public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
                if (pos == line.length()) {
                    if (made == total) {
                        return n == 0 ? -1 : n;
                    }
                    line = next();
                    pos = 0;
                    made++;
                }
                int k = Math.min(len - n, line.length() - pos);
                line.getChars(pos, pos + k, buf, off + n);
                pos += k;
                n += k;
            }
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
