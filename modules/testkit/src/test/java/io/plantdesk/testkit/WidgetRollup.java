package io.plantdesk.testkit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A small test-only rollup declared exactly as a feature declares one: raw rows (core.widget_event)
 * that see inserts, updates that move rows between days, deletes and late rows; a rollup table
 * (core.widget_daily); a recompute function. The recompute carries a canary: a session-level
 * advisory lock that fails if two runners are ever inside the same plant's job at once. A setting
 * makes it sleep, so a test can act while a runner is in the middle of its transaction.
 */
final class WidgetRollup {

    private WidgetRollup() {}

    static void install(TestDatabase db) {
        db.adminJdbi().useHandle(h -> {
            h.execute("""
                    create table core.widget_event (
                        tenant_id uuid not null references core.tenant (id),
                        id bigint generated always as identity,
                        at timestamptz not null,
                        qty int not null,
                        primary key (tenant_id, id))""");
            h.execute("select core.enable_tenant_rls('core.widget_event')");
            h.execute(
                    "grant select, insert, update, delete on core.widget_event to plantdesk_operator, plantdesk_admin");
            h.execute("grant select on core.widget_event to plantdesk_security");
            h.execute("""
                    create table core.widget_daily (
                        tenant_id uuid not null references core.tenant (id),
                        day_start timestamptz not null,
                        n int not null,
                        qty bigint not null,
                        primary key (tenant_id, day_start))""");
            h.execute("select core.enable_tenant_rls('core.widget_daily')");
            h.execute("grant select, insert, update, delete on core.widget_daily to plantdesk_security");
            h.execute("grant select on core.widget_daily to plantdesk_operator, plantdesk_admin");
            h.execute("create table core.widget_slow (seconds numeric not null)");
            h.execute("insert into core.widget_slow values (0)");
            h.execute("grant select on core.widget_slow to plantdesk_security");
            h.execute("""
                    create function core.widget_recompute(p_tenant uuid, p_buckets timestamptz[])
                        returns table (rows_read bigint, rows_written bigint)
                        language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
                    declare
                        w bigint;
                        r bigint;
                    begin
                        if not pg_try_advisory_lock(4242, hashtext(p_tenant::text)) then
                            raise exception 'canary: two runners inside one plant''s job at once';
                        end if;
                        perform pg_sleep((select seconds from core.widget_slow));
                        delete from core.widget_daily where tenant_id = p_tenant and day_start = any (p_buckets);
                        insert into core.widget_daily
                        select p_tenant, b.s, count(*), sum(e.qty)
                          from unnest(p_buckets) b(s)
                          join core.widget_event e on e.tenant_id = p_tenant and e.at >= b.s and e.at < b.s + interval '1 day'
                         group by b.s;
                        get diagnostics w = row_count;
                        select count(*) into r from core.widget_event e
                         where e.tenant_id = p_tenant and core.bucket_start('day', e.at, 'UTC') = any (p_buckets);
                        perform pg_advisory_unlock(4242, hashtext(p_tenant::text));
                        return query select r, w;
                    end $$""");
            h.execute("alter function core.widget_recompute(uuid, timestamptz[]) owner to plantdesk_security");
            h.execute(
                    "insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds) "
                            + "values ('widget', 'day', 'widget', 'core.widget_recompute', '{core.widget_event}', 2)");
            h.execute("select core.track_rollup('core.widget_event', 'widget', 'at')");
        });
    }

    /** The rollup table of closed days, as stored. */
    static List<Map<String, Object>> stored(Jdbi admin, UUID tenant) {
        return admin.withHandle(
                h -> h.createQuery("""
                select day_start, n, qty from core.widget_daily
                 where tenant_id = :t and day_start < date_trunc('day', now(), 'UTC') order by day_start""").bind("t", tenant).mapToMap().list());
    }

    /** The same figures aggregated from scratch from the raw rows. */
    static List<Map<String, Object>> fromScratch(Jdbi admin, UUID tenant) {
        return admin.withHandle(
                h -> h.createQuery("""
                select date_trunc('day', at, 'UTC') as day_start, count(*)::int as n, sum(qty)::bigint as qty
                  from core.widget_event
                 where tenant_id = :t and at < date_trunc('day', now(), 'UTC')
                 group by 1 order by 1""").bind("t", tenant).mapToMap().list());
    }
}
