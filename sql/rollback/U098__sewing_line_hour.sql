-- Purpose: undo V098__sewing_line_hour.sql.
-- Rollback of: V098__sewing_line_hour.sql
-- Estimated time: < 1 s.
-- destructive: drops the per-line hourly rollup (its rows are recomputed from the scans by V098 again).
create or replace function sewing.shift_line_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
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
revoke execute on function sewing.current_shift_line_hours(timestamptz, timestamptz) from plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
drop function sewing.current_shift_line_hours(timestamptz, timestamptz);
drop function sewing.shift_line_hour_figures(uuid, timestamptz, timestamptz);
drop trigger rollup_sewing_line_hour_ins on sewing.bundle_scan;
drop trigger rollup_sewing_line_hour_upd on sewing.bundle_scan;
drop trigger rollup_sewing_line_hour_del on sewing.bundle_scan;
delete from core.rollup_invalidation where job = 'sewing_line_hour';
delete from core.rollup_state where job = 'sewing_line_hour';
delete from core.rollup_job where name = 'sewing_line_hour';
drop function sewing.rollup_line_hour_recompute(uuid, timestamptz[]);
drop function sewing.line_hour_figures(uuid, timestamptz, timestamptz);
drop table sewing.line_hour;
