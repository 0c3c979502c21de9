-- Purpose: the floor screen's running shift from the hourly rollup (issue 16: the refresh at most
--          20 ms p95 whatever the history). The shift's whole closed hours whose rollup is current
--          come from sewing.operator_hour; the hour in progress, the shift's part-hours at its
--          edges and any closed hour still waiting for the engine (a late scan) are counted live
--          from bundle_scan through its (tenant_id, scanned_at) index, by the same function the
--          rollup stores hours with, so the figures equal a count from scratch. The line figures
--          (output, earned minutes) are the sum of those hours; attendance and downtime are read
--          as before (a shift's few rows). WIP's open stretch counts the same way.
-- Rollback: U076__sewing_floor_from_rollups.sql
-- Estimated time: instant (functions only).

-- Pieces per hour, line and operator for [p_from, p_to): stored hours where the rollup is current,
-- raw rows for the rest. Each hour of the plant's clock overlapping the stretch is one slot.
create function sewing.shift_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, operator_id uuid, pieces bigint, output bigint,
                   earned_minutes numeric)
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
                                where i.tenant_id = p_tenant and i.job = 'sewing_operator_hour'
                                  and i.bucket_start = h) as stored
          from zone
         cross join lateral generate_series(date_trunc('hour', p_from, zone.tz), p_to - interval '1 microsecond',
                                            interval '1 hour') as g(h)
         where p_to > p_from
    )
    select o.hour_start, o.line_id, o.operator_id, o.pieces, o.output, o.earned_minutes
      from sewing.operator_hour o
     where o.tenant_id = p_tenant and o.hour_start in (select s.hour_start from slots s where s.stored)
    union all
    -- OFFSET 0 keeps each slot's own index range scan (see core.activity_summary).
    select f.hour_start, f.line_id, f.operator_id, f.pieces, f.output, f.earned_minutes
      from slots s
     cross join lateral (select * from sewing.operator_hour_figures(p_tenant, s.s, s.e) offset 0) f
     where not s.stored
$$;
alter function sewing.shift_hour_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.shift_hour_figures(uuid, timestamptz, timestamptz) from public;

-- sewing.line_figures with its scans taken from the hours above.
create function sewing.shift_line_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators bigint, overtime_minutes bigint, downtime_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with scans as (
        select h.line_id, sum(h.output) as output, sum(h.earned_minutes) as earned
          from sewing.shift_hour_figures(p_tenant, p_from, p_to) h
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
alter function sewing.shift_line_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.shift_line_figures(uuid, timestamptz, timestamptz) from public;

create function sewing.current_shift_hour_figures(p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, operator_id uuid, pieces bigint, output bigint,
                   earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.shift_hour_figures(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_shift_hour_figures(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_shift_hour_figures(timestamptz, timestamptz) from public;

create function sewing.current_shift_line_figures(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators bigint, overtime_minutes bigint, downtime_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.shift_line_figures(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_shift_line_figures(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_shift_line_figures(timestamptz, timestamptz) from public;
grant execute on function sewing.current_shift_hour_figures(timestamptz, timestamptz),
    sewing.current_shift_line_figures(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

-- WIP's open stretch from the hours above too (the floor tiles call it on every refresh).
create or replace function sewing.current_line_wip(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, loaded_pieces bigint, output bigint, wip bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (select core.current_tenant() as id), flows as (
        select q.line_id, q.loaded_pieces as loaded, 0::bigint as output
          from sewing.line_shift_quality q, t where q.tenant_id = t.id and q.shift_start < p_from
        union all
        select s.line_id, 0, s.output from sewing.line_shift s, t where s.tenant_id = t.id and s.shift_start < p_from
        union all
        select f.line_id, f.loaded_pieces, 0 from t, sewing.line_quality(t.id, p_from, p_to) f
        union all
        select f.line_id, 0, f.output from t, sewing.shift_hour_figures(t.id, p_from, p_to) f
    )
    select line_id, sum(loaded)::bigint, sum(output)::bigint, (sum(loaded) - sum(output))::bigint
      from flows, t where t.id is not null
     group by line_id
$$;
