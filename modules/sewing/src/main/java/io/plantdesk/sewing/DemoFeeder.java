package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Moves the demo plant's shift in progress while the app is open: today's demo lay (cut the hour
 * before the shift by {@link SewingDemoSeed}) gets the scans whose planned minute has come, and the
 * crew's attendance grows with the minutes gone by, so the floor screen is alive on first launch.
 * Only the demo's own runs (order reference {@value #ORDER_PREFIX}...) are touched; each step is
 * one transaction and can run again (a bundle-operation is scanned once), so two open clients
 * feeding at once write each scan once.
 */
public final class DemoFeeder {

    /** The order reference the demo's runs start with. */
    public static final String ORDER_PREFIX = "DEMO-";

    private record Lay(UUID lineId, UUID styleId, OffsetDateTime shiftStart) {}

    private record Planned(UUID bundleId, UUID operationId, int bundle, int op) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public DemoFeeder(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Whether this plant has the demo floor (the screen offers the feeder only then). */
    public boolean available() {
        return Services.read(jdbi, d -> d.hasDemoRuns());
    }

    /** Writes what today's plan has due by now; the number of scans written. */
    public int step() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Services.inTransaction(jdbi, h -> {
            int written = 0;
            List<Lay> lays = h.createQuery("""
                    select r.line_id, r.style_id, c.cut_at + interval '1 hour' as shift_start
                      from sewing.cutting c join sewing.run r on r.tenant_id = c.tenant_id and r.id = c.run_id
                     where r.order_ref like :prefix and c.cut_at <= :now and c.cut_at > :now - interval '10 hours'
                    """)
                    .bind("prefix", ORDER_PREFIX + "%")
                    .bind("now", now)
                    .map((rs, ctx) -> new Lay(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class)))
                    .list();
            for (Lay lay : lays) {
                written += feed(h, lay, now);
            }
            return written;
        });
    }

    private int feed(Handle h, Lay lay, OffsetDateTime now) {
        List<UUID> crew =
                h.createQuery("""
                select m.person_id from sewing.line_member m join core.person p on p.tenant_id = m.tenant_id and p.id = m.person_id
                 where m.line_id = :line order by p.display_name
                """).bind("line", lay.lineId()).mapTo(UUID.class).list();
        BigDecimal smv = h.createQuery("select sum(smv) from sewing.operation where style_id = :style")
                .bind("style", lay.styleId())
                .mapTo(BigDecimal.class)
                .one();
        int operations = h.createQuery("select count(*) from sewing.operation where style_id = :style")
                .bind("style", lay.styleId())
                .mapTo(Integer.class)
                .one();
        // Every bundle-operation of the lay with its place in the plan, and whether it is scanned.
        List<Planned> open = h.createQuery("""
                with b as (select b.id, row_number() over (order by b.ticket) - 1 as n
                             from sewing.bundle b join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id
                             join sewing.run r on r.tenant_id = c.tenant_id and r.id = c.run_id
                            where r.line_id = :line and c.cut_at = :cut),
                     o as (select id, row_number() over (order by seq) - 1 as n from sewing.operation where style_id = :style)
                select b.id, o.id, b.n, o.n from b cross join o
                 where not exists (select 1 from sewing.bundle_scan s where s.bundle_id = b.id and s.operation_id = o.id)
                """)
                .bind("line", lay.lineId())
                .bind("cut", lay.shiftStart().minusHours(1))
                .bind("style", lay.styleId())
                .map((rs, ctx) -> new Planned(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4)))
                .list();
        int bundles = h.createQuery("""
                select count(*) from sewing.bundle b join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id
                  join sewing.run r on r.tenant_id = c.tenant_id and r.id = c.run_id where r.line_id = :line and c.cut_at = :cut
                """)
                .bind("line", lay.lineId())
                .bind("cut", lay.shiftStart().minusHours(1))
                .mapTo(Integer.class)
                .one();
        if (crew.isEmpty() || bundles == 0) {
            return 0;
        }
        DemoPlan plan = new DemoPlan(crew.size(), operations, smv, bundles);
        int written = 0;
        for (Planned p : open) {
            OffsetDateTime at = plan.scanAt(lay.shiftStart(), p.bundle(), p.op());
            if (at.isAfter(now)) {
                continue;
            }
            written += h.createUpdate("""
                    insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id,
                                                    device, pieces, smv, scanned_at)
                    select core.current_tenant(), :id, :key, b.id, o.id, :line, :who, 'demo', b.quantity, o.smv, :at
                      from sewing.bundle b, sewing.operation o where b.id = :bundle and o.id = :op
                    on conflict do nothing
                    """)
                    .bind("id", UUID.randomUUID())
                    .bind("key", UUID.randomUUID())
                    .bind("line", lay.lineId())
                    .bind("who", crew.get(plan.operatorOf(p.op())))
                    .bind("at", at)
                    .bind("bundle", p.bundleId())
                    .bind("op", p.operationId())
                    .execute();
        }
        // Each bundle it started is loaded on the line 20 minutes before its first scan, as the demo
        // seed loads the earlier days' bundles: without it the line's WIP (pieces loaded less output)
        // fell below zero as the feeder sewed the shift's output.
        h.createUpdate("""
                insert into sewing.bundle_issue (tenant_id, id, client_key, bundle_id, line_id, pieces, issued_at)
                select b.tenant_id, gen_random_uuid(), gen_random_uuid(), b.id, :line, b.quantity,
                       min(s.scanned_at) - interval '20 minutes'
                  from sewing.bundle b
                  join sewing.cutting c on c.tenant_id = b.tenant_id and c.id = b.cutting_id
                  join sewing.run r on r.tenant_id = c.tenant_id and r.id = c.run_id
                  join sewing.bundle_scan s on s.tenant_id = b.tenant_id and s.bundle_id = b.id
                 where r.line_id = :line and c.cut_at = :cut
                   and not exists (select 1 from sewing.bundle_issue i where i.tenant_id = b.tenant_id and i.bundle_id = b.id)
                 group by b.tenant_id, b.id, b.quantity
                on conflict do nothing
                """)
                .bind("line", lay.lineId())
                .bind("cut", lay.shiftStart().minusHours(1))
                .execute();
        int attended = (int) Math.max(
                1,
                Math.min(
                        DemoPlan.WORKED_MINUTES,
                        Duration.between(lay.shiftStart(), now).toMinutes()));
        h.createUpdate("update sewing.attendance set minutes_attended = :minutes where line_id = :line "
                        + "and shift_start = :start and minutes_attended < :minutes")
                .bind("minutes", attended)
                .bind("line", lay.lineId())
                .bind("start", lay.shiftStart())
                .execute();
        return written;
    }
}
