-- Purpose: the first rollup job, "activity": audited changes per plant and day, stored for the
--          three ways the Activity dashboard groups them: the whole day, per person, per area
--          (table). Storing the grouping sets keeps a 30-day refresh to a few thousand rows.
-- Rollback: U007__core_activity_rollup.sql
-- Estimated time: about 1 s per million audit rows (existing days are invalidated, not computed).
create table core.activity_daily (
    tenant_id  uuid not null references core.tenant (id),
    day_start  timestamptz not null,
    dim        text not null check (dim in ('day', 'actor', 'area')),
    key        text not null,
    changes    int not null check (changes > 0),
    inserts    int not null,
    updates    int not null,
    deletes    int not null,
    -- changes included: a dashboard refresh reads the stored groups by index only.
    primary key (tenant_id, day_start, dim, key) include (changes)
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
    with raw as (
        select b.s as day_start, a.table_name, a.actor, a.action
          from unnest(p_buckets) as b(s)
          join core.audit_log a on a.tenant_id = p_tenant and a.at >= b.s and a.at < core.bucket_end('day', b.s, tz)
    ), fresh as (
        select p_tenant as tenant_id, day_start,
               case when grouping(actor) = 0 then 'actor' when grouping(table_name) = 0 then 'area' else 'day' end as dim,
               coalesce(actor, table_name, '') as key,
               count(*)::int as changes,
               (count(*) filter (where action = 'INSERT'))::int as inserts,
               (count(*) filter (where action = 'UPDATE'))::int as updates,
               (count(*) filter (where action = 'DELETE'))::int as deletes
          from raw
         group by grouping sets ((day_start), (day_start, actor), (day_start, table_name))
    ), up as (
        insert into core.activity_daily as d
        select * from fresh
        on conflict (tenant_id, day_start, dim, key) do update
           set changes = excluded.changes, inserts = excluded.inserts, updates = excluded.updates, deletes = excluded.deletes
        returning 1
    ), vanished as (
        delete from core.activity_daily d
         where d.tenant_id = p_tenant and d.day_start = any (p_buckets)
           and not exists (select 1 from fresh f where f.day_start = d.day_start and f.dim = d.dim and f.key = d.key)
        returning 1
    )
    select coalesce((select sum(changes) from fresh where dim = 'day'), 0)::bigint,
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
