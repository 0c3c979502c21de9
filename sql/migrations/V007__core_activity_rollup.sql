-- Purpose: the first rollup job, "activity": audited changes per plant, day, area (table) and
--          person, from core.audit_log. Feeds the Activity dashboard.
-- Rollback: U007__core_activity_rollup.sql
-- Estimated time: about 1 s per million audit rows (existing days are invalidated, not computed).
create table core.activity_daily (
    tenant_id  uuid not null references core.tenant (id),
    day_start  timestamptz not null,
    table_name text not null,
    actor      text not null,
    changes    int not null check (changes > 0),
    inserts    int not null,
    updates    int not null,
    deletes    int not null,
    primary key (tenant_id, day_start, table_name, actor)
);
select core.enable_tenant_rls('core.activity_daily');
grant select on core.activity_daily to plantdesk_admin;
grant select, insert, update, delete on core.activity_daily to plantdesk_security;
grant select on core.audit_log to plantdesk_security;

-- Upserts the fresh groups of the given days and removes groups that no longer have rows, in
-- one statement; returns how many raw rows it read and rollup rows it wrote.
create function core.rollup_activity_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    return query
    with fresh as (
        select p_tenant as tenant_id, b.s as day_start, a.table_name, a.actor, count(*)::int as changes,
               (count(*) filter (where a.action = 'INSERT'))::int as inserts,
               (count(*) filter (where a.action = 'UPDATE'))::int as updates,
               (count(*) filter (where a.action = 'DELETE'))::int as deletes
          from unnest(p_buckets) as b(s)
          join core.audit_log a on a.tenant_id = p_tenant and a.at >= b.s and a.at < core.bucket_end('day', b.s, tz)
         group by b.s, a.table_name, a.actor
    ), up as (
        insert into core.activity_daily as d
        select * from fresh
        on conflict (tenant_id, day_start, table_name, actor) do update
           set changes = excluded.changes, inserts = excluded.inserts, updates = excluded.updates, deletes = excluded.deletes
        returning d.day_start, d.table_name, d.actor
    ), vanished as (
        delete from core.activity_daily d
         where d.tenant_id = p_tenant and d.day_start = any (p_buckets)
           and not exists (select 1 from fresh f where f.day_start = d.day_start and f.table_name = d.table_name
                                                   and f.actor = d.actor)
        returning 1
    )
    select coalesce((select sum(changes) from fresh), 0)::bigint,
           ((select count(*) from up) + (select count(*) from vanished))::bigint;
end
$$;
alter function core.rollup_activity_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function core.rollup_activity_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('activity', 'day', 'activity', 'core.rollup_activity_recompute', '{core.audit_log}', 60);

select core.track_rollup('core.audit_log', 'activity', 'at');

-- Days audited before this script are computed by the first runs.
insert into core.rollup_invalidation (tenant_id, job, bucket_start)
select distinct a.tenant_id, 'activity', core.bucket_start('day', a.at, t.time_zone)
  from core.audit_log a join core.tenant t on t.id = a.tenant_id
on conflict do nothing;
