-- Purpose: undo V135__sewing_rollup_reads_by_range.sql (the three reads as V076, V098 and V128 wrote them).
-- Rollback of: V135__sewing_rollup_reads_by_range.sql
-- Estimated time: instant (functions only).

create or replace function sewing.shift_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
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

create or replace function sewing.shift_line_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
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

create or replace function sewing.current_line_days(p_from date, p_to date)
    returns table (day date, line_id uuid, source text, output bigint, earned_minutes numeric,
                   attended_minutes bigint, operators numeric, overtime_minutes bigint, downtime_minutes numeric,
                   target_efficiency numeric, wip int)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (
        select tn.id, tn.time_zone as tz from core.tenant tn where tn.id = core.current_tenant()
    ), days as (
        select g::date as day,
               (g + interval '1 day') at time zone t.tz <= now()
               and not exists (select 1 from core.rollup_invalidation i
                                where i.tenant_id = t.id and i.job = 'sewing_line_day'
                                  and i.bucket_start = g at time zone t.tz) as stored
          from t cross join lateral generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') g
         where p_to >= p_from and p_to - p_from <= 366
    )
    select s.day, s.line_id, s.source, s.output, s.earned_minutes, s.attended_minutes, s.operators,
           s.overtime_minutes, s.downtime_minutes, s.target_efficiency, s.wip
      from sewing.line_day s, t
     where s.tenant_id = t.id and s.day in (select d.day from days d where d.stored)
    union all
    select d.day, f.*
      from days d, t cross join lateral (select * from sewing.line_day_figures(t.id, d.day) offset 0) f
     where not d.stored
$$;
