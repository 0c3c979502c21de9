-- Purpose: the "activity_hourly" rollup: today's closed hours per plant, stored for the same three
--          groupings as activity_daily, so that a dashboard refresh counts only the current hour
--          (and any hour still waiting for the engine) from raw rows, not everything since
--          midnight. Adds the 'hour' bucket to the engine. Two days of hours are kept; older ones
--          are in activity_daily.
-- Rollback: U008__core_activity_hourly.sql
-- Estimated time: under a second (only the last two days' hours are invalidated).
-- destructive: replaces the job table's bucket check with a wider one; no existing row can break it.
alter table core.rollup_job drop constraint rollup_job_bucket_check;
alter table core.rollup_job add constraint rollup_job_bucket_check check (bucket in ('hour', 'shift', 'day', 'month'));

-- Same bodies as V006 plus 'hour'. Still plain SQL without a pinned search_path, so that they
-- inline. An hour ends one real hour later, whatever the clock says at a DST change.
create or replace function core.bucket_start(p_bucket text, p_ts timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case p_bucket
        when 'hour' then pg_catalog.date_trunc('hour', p_ts, p_tz)
        when 'day' then pg_catalog.date_trunc('day', p_ts, p_tz)
        when 'month' then pg_catalog.date_trunc('month', p_ts, p_tz)
        when 'shift' then ((pg_catalog.date_trunc('day', (p_ts at time zone p_tz) - interval '6 hours') + interval '6 hours'
                            + pg_catalog.floor(pg_catalog.date_part('hour', (p_ts at time zone p_tz) - interval '6 hours') / 8)
                              * interval '8 hours')
                           at time zone p_tz)
    end
$$;

create or replace function core.bucket_end(p_bucket text, p_start timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case when p_bucket = 'hour' then p_start + interval '1 hour'
                else ((p_start at time zone p_tz) + case p_bucket when 'day' then interval '1 day'
                                                                  when 'month' then interval '1 month'
                                                                  else interval '8 hours' end) at time zone p_tz
           end
$$;

create table core.activity_hourly (
    tenant_id  uuid not null references core.tenant (id),
    hour_start timestamptz not null,
    dim        text not null check (dim in ('total', 'actor', 'area')),
    key        text not null,
    changes    int not null check (changes > 0),
    primary key (tenant_id, hour_start, dim, key) include (changes)
);
select core.enable_tenant_rls('core.activity_hourly');
grant select on core.activity_hourly to plantdesk_admin;
grant select, insert, update, delete on core.activity_hourly to plantdesk_security;

-- Recomputes the given hours (those of the last two days; older ones are only cleared) and drops
-- hours older than two days, in one statement.
create function core.rollup_activity_hourly_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    return query
    with kept as (
        select b.s from unnest(p_buckets) as b(s) where b.s >= now() - interval '2 days'
    ), raw as (
        select k.s as hour_start, a.table_name, a.actor
          from kept k
          join core.audit_log a on a.tenant_id = p_tenant and a.at >= k.s and a.at < k.s + interval '1 hour'
    ), fresh as (
        select p_tenant as tenant_id, hour_start,
               case when grouping(actor) = 0 then 'actor' when grouping(table_name) = 0 then 'area' else 'total' end as dim,
               coalesce(actor, table_name, '') as key,
               count(*)::int as changes
          from raw
         group by grouping sets ((hour_start), (hour_start, actor), (hour_start, table_name))
    ), up as (
        insert into core.activity_hourly as h
        select * from fresh
        on conflict (tenant_id, hour_start, dim, key) do update set changes = excluded.changes
        returning 1
    ), vanished as (
        delete from core.activity_hourly h
         where h.tenant_id = p_tenant
           and ((h.hour_start = any (p_buckets)
                 and not exists (select 1 from fresh f where f.hour_start = h.hour_start and f.dim = h.dim and f.key = h.key))
                or h.hour_start < now() - interval '2 days')
        returning 1
    )
    select coalesce((select sum(changes) from fresh where dim = 'total'), 0)::bigint,
           ((select count(*) from up) + (select count(*) from vanished))::bigint;
end
$$;
alter function core.rollup_activity_hourly_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function core.rollup_activity_hourly_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('activity_hourly', 'hour', 'activity', 'core.rollup_activity_hourly_recompute', '{core.audit_log}', 60);

select core.track_rollup('core.audit_log', 'activity_hourly', 'at');

insert into core.rollup_invalidation (tenant_id, job, bucket_start)
select distinct a.tenant_id, 'activity_hourly', core.bucket_start('hour', a.at, t.time_zone)
  from core.audit_log a join core.tenant t on t.id = a.tenant_id
 where a.at >= now() - interval '2 days'
on conflict do nothing;
