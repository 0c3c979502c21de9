package io.plantdesk.sewing;

import io.plantdesk.platform.demo.DemoSeed;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The demo floor's quality and loading, on top of the sewing seed's scans: the plant's defect
 * codes and pay currency, every bundle issued to its line 20 minutes before its first scan (so WIP
 * is what the line holds), and a QC check at each style's last operation 3 minutes after it, with
 * 0 to 3 defective pieces out of 20 (a realistic DHU of about 5 to 10) and their rework. Written
 * once: a plant that already has defect codes is left alone.
 */
public final class SewingQualityDemoSeed implements DemoSeed {

    private static final String[][] CODES = {
        {"BR", "Broken stitch"},
        {"OS", "Open seam"},
        {"PK", "Puckering"},
        {"SK", "Skipped stitch"},
        {"UH", "Uneven hem"}
    };

    @Override
    public String name() {
        return "sewing-quality";
    }

    @Override
    public Set<String> after() {
        return Set.of("sewing");
    }

    @Override
    public void seed(Plant plant) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        boolean has = h.createQuery("select exists (select 1 from sewing.defect_code where tenant_id = :t)")
                .bind("t", t)
                .mapTo(Boolean.class)
                .one();
        boolean floor = h.createQuery("select exists (select 1 from sewing.line where tenant_id = :t)")
                .bind("t", t)
                .mapTo(Boolean.class)
                .one();
        if (has || !floor) {
            return;
        }
        for (String[] c : CODES) {
            h.execute(
                    "insert into sewing.defect_code (tenant_id, id, code, name) values (?, ?, ?, ?)",
                    t,
                    plant.ids().next(),
                    c[0],
                    c[1]);
        }
        h.execute(
                "insert into sewing.pay_policy (tenant_id, id, currency) values (?, ?, 'USD') on conflict do nothing",
                t,
                plant.ids().next());
        h.createUpdate("""
                insert into sewing.bundle_issue (tenant_id, id, client_key, bundle_id, line_id, pieces, issued_at)
                select b.tenant_id, gen_random_uuid(), gen_random_uuid(), b.id, r.line_id, b.quantity,
                       min(s.scanned_at) - interval '20 minutes'
                  from sewing.bundle b
                  join sewing.run r on r.tenant_id = b.tenant_id and r.id = b.run_id
                  join sewing.bundle_scan s on s.tenant_id = b.tenant_id and s.bundle_id = b.id
                 where b.tenant_id = :t
                 group by b.tenant_id, b.id, r.line_id, b.quantity
                """).bind("t", t).execute();
        h.createUpdate("""
                with picked as (
                    select s.tenant_id, s.bundle_id, s.operation_id, s.line_id, s.operator_id, s.pieces, b.ticket,
                           s.scanned_at + interval '3 minutes' as at, (b.ticket * 7 + o.seq) % 4 as defective
                      from sewing.bundle_scan s
                      join sewing.bundle b on b.tenant_id = s.tenant_id and b.id = s.bundle_id
                      join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id
                     where s.tenant_id = :t and s.scanned_at + interval '3 minutes' <= now()
                       and o.seq = (select max(o2.seq) from sewing.operation o2
                                     where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id)
                ), checks as (
                    insert into sewing.qc_check (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id,
                                                 pieces_checked, pieces_defective, defects, checked_at)
                    select tenant_id, gen_random_uuid(), gen_random_uuid(), bundle_id, operation_id, line_id, operator_id,
                           pieces, defective, defective + case when defective > 0 and ticket % 3 = 0 then 1 else 0 end, at
                      from picked
                    returning tenant_id, id, bundle_id, operation_id, line_id, operator_id, pieces_defective, defects, checked_at
                ), codes as (
                    select id, row_number() over (order by code) - 1 as n, count(*) over () as total
                      from sewing.defect_code where tenant_id = :t
                ), coded as (
                    insert into sewing.qc_defect (tenant_id, id, check_id, defect_code_id, defects)
                    select c.tenant_id, gen_random_uuid(), c.id, k.id, c.defects
                      from checks c join codes k on k.n = abs(hashtext(c.id::text)) % k.total
                     where c.defects > 0
                    returning 1
                )
                insert into sewing.rework (tenant_id, id, client_key, bundle_id, operation_id, line_id, operator_id, check_id,
                                           pieces, reworked_at)
                select tenant_id, gen_random_uuid(), gen_random_uuid(), bundle_id, operation_id, line_id, operator_id, id,
                       pieces_defective, checked_at + interval '10 minutes'
                  from checks
                 where pieces_defective > 0 and checked_at + interval '10 minutes' <= now()
                """).bind("t", t).execute();
    }
}
