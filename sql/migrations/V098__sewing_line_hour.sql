-- Purpose: the floor's running shift from a per-line hourly rollup (issue 16: the floor refresh
--          at most 20 ms p95 from rollups). sewing.operator_hour holds a row per operator and
--          hour, about as many rows per shift as scans, so reading a shift's closed hours from it
--          cost as much as counting the scans. sewing.line_hour holds one row per line and hour (a
--          few hundred a shift), computed by the same function summed per line, and the floor's
--          line figures and sparklines read it: closed hours whose rollup is current from the
--          table, the hour in progress, the shift's part-hours and hours still waiting for the
--          engine (a late scan) from raw rows, so the figures equal a count from scratch.
-- Rollback: U098__sewing_line_hour.sql
-- Estimated time: about 1 s per million operator-hour rows (the first fill, from sewing.operator_hour).

create table sewing.line_hour (
    tenant_id      uuid not null references core.tenant (id),
    hour_start     timestamptz not null,
    line_id        uuid not null,
    pieces         bigint not null check (pieces > 0),
    output         bigint not null check (output >= 0),
    earned_minutes numeric not null check (earned_minutes > 0),
    primary key (tenant_id, hour_start, line_id)
);
select core.enable_tenant_rls('sewing.line_hour');
grant select on sewing.line_hour to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on sewing.line_hour to plantdesk_security;

-- Pieces per hour and line for [p_from, p_to): the operator-hour count summed per line, so the two
-- rollups can never disagree.
create function sewing.line_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, pieces bigint, output bigint, earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select f.hour_start, f.line_id, sum(f.pieces)::bigint, sum(f.output)::bigint, sum(f.earned_minutes)
      from sewing.operator_hour_figures(p_tenant, p_from, p_to) f
     group by f.hour_start, f.line_id
$$;
alter function sewing.line_hour_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.line_hour_figures(uuid, timestamptz, timestamptz) from public;

create function sewing.rollup_line_hour_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    w bigint;
begin
    delete from sewing.line_hour where tenant_id = p_tenant and hour_start = any (p_buckets);
    insert into sewing.line_hour
    select p_tenant, f.hour_start, f.line_id, f.pieces, f.output, f.earned_minutes
      from unnest(p_buckets) b(s)
     cross join lateral sewing.line_hour_figures(p_tenant, b.s, b.s + interval '1 hour') f;
    get diagnostics w = row_count;
    return query select w, w;
end
$$;
alter function sewing.rollup_line_hour_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function sewing.rollup_line_hour_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('sewing_line_hour', 'hour', 'sewing', 'sewing.rollup_line_hour_recompute', '{sewing.bundle_scan}', 60);
select core.track_rollup('sewing.bundle_scan', 'sewing_line_hour', 'scanned_at');

-- The first fill: the operator hours summed (they are the same count), and every hour still
-- waiting for the operator-hour job waits for this one too.
insert into sewing.line_hour (tenant_id, hour_start, line_id, pieces, output, earned_minutes)
select o.tenant_id, o.hour_start, o.line_id, sum(o.pieces), sum(o.output), sum(o.earned_minutes)
  from sewing.operator_hour o
 group by o.tenant_id, o.hour_start, o.line_id;
insert into core.rollup_invalidation (tenant_id, job, bucket_start)
select i.tenant_id, 'sewing_line_hour', i.bucket_start
  from core.rollup_invalidation i
 where i.job = 'sewing_operator_hour'
on conflict do nothing;

-- Per line and hour for [p_from, p_to): stored hours where the line-hour rollup is current, raw
-- rows for the rest (each hour of the plant's clock overlapping the stretch is one slot).
create function sewing.shift_line_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, pieces bigint, output bigint, earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with zone as (
        select t.time_zone as tz from core.tenant t where t.id = p_tenant
    ), slots as (
        select h as hour_start, greatest(h, p_from) as s, least(h + interval '1 hour', p_to) as e,
               -- A whole hour of the stretch, over, with no write waiting for the engine.
               h >= p_from and h + interval '1 hour' <= p_to and h + interval '1 hour' <= now()
               and not exists (select 1 from core.rollup_invalidation i
                                where i.tenant_id = p_tenant and i.job = 'sewing_line_hour'
                                  and i.bucket_start = h) as stored
          from zone
         cross join lateral generate_series(date_trunc('hour', p_from, zone.tz), p_to - interval '1 microsecond',
                                            interval '1 hour') as g(h)
         where p_to > p_from
    )
    select o.hour_start, o.line_id, o.pieces, o.output, o.earned_minutes
      from sewing.line_hour o
     where o.tenant_id = p_tenant and o.hour_start in (select s.hour_start from slots s where s.stored)
    union all
    -- OFFSET 0 keeps each slot's own index range scan (see core.activity_summary).
    select f.hour_start, f.line_id, f.pieces, f.output, f.earned_minutes
      from slots s
     cross join lateral (select * from sewing.line_hour_figures(p_tenant, s.s, s.e) offset 0) f
     where not s.stored
$$;
alter function sewing.shift_line_hour_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.shift_line_hour_figures(uuid, timestamptz, timestamptz) from public;

-- V076's line figures with their scans from the line hours (same columns, same meaning).
create or replace function sewing.shift_line_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators bigint, overtime_minutes bigint, downtime_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with scans as (
        select h.line_id, sum(h.output) as output, sum(h.earned_minutes) as earned
          from sewing.shift_line_hour_figures(p_tenant, p_from, p_to) h
         group by h.line_id
    ), att as (
        select a.line_id, sum(a.minutes_attended) as attended, count(distinct a.person_id) as operators,
               sum(a.overtime_minutes) as overtime
          from sewing.attendance a
         where a.tenant_id = p_tenant and a.shift_start >= p_from and a.shift_start < p_to
         group by a.line_id
    ), down as (
        select d.line_id,
               sum(extract(epoch from least(coalesce(d.ended_at, now()), p_to) - greatest(d.started_at, p_from)) / 60) as minutes
          from sewing.downtime d
         where d.tenant_id = p_tenant and d.started_at < p_to and coalesce(d.ended_at, now()) > p_from
         group by d.line_id
    )
    select l.id, coalesce(s.output, 0)::bigint, coalesce(s.earned, 0), coalesce(a.attended, 0)::bigint,
           coalesce(a.operators, 0)::bigint, coalesce(a.overtime, 0)::bigint, round(coalesce(d.minutes, 0), 1)
      from sewing.line l
      left join scans s on s.line_id = l.id
      left join att a on a.line_id = l.id
      left join down d on d.line_id = l.id
     where l.tenant_id = p_tenant and (s.line_id is not null or a.line_id is not null or d.line_id is not null)
$$;

create function sewing.current_shift_line_hours(p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, pieces bigint, output bigint, earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.shift_line_hour_figures(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_shift_line_hours(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_shift_line_hours(timestamptz, timestamptz) from public;
grant execute on function sewing.current_shift_line_hours(timestamptz, timestamptz) to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
