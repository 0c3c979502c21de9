package io.plantdesk.activity.bench;

import io.plantdesk.platform.bench.ScaleGenerator;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes audit rows through COPY for a plant with a realistic shape: the areas of every Plantdesk
 * feature, a few dozen people of whom a handful do most changes, spread evenly over the period
 * (the same number of changes every day, at any hour). Each COPY is one statement, so the rollup's statement trigger records
 * the touched days once per slice of a hundred thousand rows, as a bulk import would.
 */
public final class AuditLogGenerator implements ScaleGenerator {

    static final String[] AREAS = {
        "maint.work_order",
        "maint.work_order_labour",
        "maint.pm_schedule",
        "maint.asset",
        "maint.part_stock",
        "sewing.bundle_scan",
        "sewing.run",
        "sewing.downtime",
        "sewing.shift_output",
        "fleet.vehicle_event",
        "fleet.reminder",
        "jobs.job",
        "jobs.material_check",
        "core.person"
    };
    private static final String[] ACTIONS = {
        "INSERT", "INSERT", "INSERT", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "DELETE"
    };
    private static final int SLICE = 100_000;
    private static final long REPORT_EVERY = 1_000_000;

    private final DataSource admin;
    private final UUID tenant;
    private final String[] actors;

    /** For ServiceLoader: {@link #generate} makes one for the plant it is given. */
    public AuditLogGenerator() {
        this(null, null, 1);
    }

    AuditLogGenerator(DataSource admin, UUID tenant, int people) {
        this.admin = admin;
        this.tenant = tenant;
        this.actors = new String[people];
        for (int i = 0; i < people; i++) {
            actors[i] = "bench_person_" + i;
        }
    }

    @Override
    public String name() {
        return "audit_log";
    }

    @Override
    public void generate(DataSource admin, UUID plant, long rows, int days, long seed)
            throws SQLException, IOException {
        new AuditLogGenerator(admin, plant, 60).history(rows, days, 0, seed);
    }

    /** {@code rows} rows spread over the {@code days} days ending {@code endDaysAgo} days before today. */
    void history(long rows, int days, int endDaysAgo, long seed) throws SQLException, IOException {
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(endDaysAgo, ChronoUnit.DAYS);
        Instant start = end.minus(days, ChronoUnit.DAYS);
        copy(rows, start, end, seed);
    }

    /**
     * Rows anywhere between {@code from} and {@code to}, written in time order by slices of
     * {@value #SLICE} rows, each slice's rows spread at random over its share of the period. Rows in
     * random order over the whole period made every row an insert at a random place in the indexes of
     * one of dozens of monthly partitions: with the server's buffers far smaller than those indexes,
     * about two page reads and two page writes a row, 15 million rows in a quarter of an hour. In
     * slices, the few partitions being filled stay in memory. The density per day is the same.
     */
    void copy(long rows, Instant from, Instant to, long seed) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long slices = Math.max(1, (rows + SLICE - 1) / SLICE);
        long fromMs = from.toEpochMilli();
        long spanMs = Math.max(1, to.toEpochMilli() - fromMs);
        long done = 0;
        long reported = 0;
        for (long i = 0; i < slices; i++) {
            long n = rows * (i + 1) / slices - rows * i / slices;
            long sliceFrom = fromMs + spanMs * i / slices;
            long sliceTo = fromMs + spanMs * (i + 1) / slices;
            try (Connection c = admin.getConnection()) {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy core.audit_log (tenant_id, at, table_name, row_id, action, old_values, new_values, actor) "
                                        + "from stdin (format csv)",
                                new Rows(n, sliceFrom, sliceTo, random.split()));
            }
            done += n;
            if (done - reported >= REPORT_EVERY || (done == rows && rows >= REPORT_EVERY)) {
                System.err.printf("  generated %,d of %,d rows%n", done, rows);
                reported = done;
            }
        }
    }

    /** A lazily generated CSV stream, so 15 million rows never sit in memory. */
    private final class Rows extends Reader {
        private final long total;
        private final long fromMs;
        private final long spanMs;
        private final SplittableRandom random;
        private long made;
        private String line = "";
        private int pos;

        Rows(long total, long fromMs, long toMs, SplittableRandom random) {
            this.total = total;
            this.fromMs = fromMs;
            this.spanMs = Math.max(1, toMs - fromMs);
            this.random = random;
        }

        private String next() {
            long at = fromMs + (long) (random.nextDouble() * spanMs);
            // Most changes by a few people: a skewed pick.
            String actor = actors[(int) (Math.pow(random.nextDouble(), 2.5) * actors.length)];
            String area = AREAS[(int) (Math.pow(random.nextDouble(), 1.7) * AREAS.length)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            int qty = random.nextInt(500);
            String oldV = action.equals("INSERT") ? "" : "\"{\"\"qty\"\": " + (qty + 1) + "}\"";
            String newV = action.equals("DELETE") ? "" : "\"{\"\"qty\"\": " + qty + "}\"";
            return tenant + "," + Instant.ofEpochMilli(at) + "," + area + "," + random.nextLong(1, 5_000_000) + ","
                    + action + "," + oldV + "," + newV + "," + actor + "\n";
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
