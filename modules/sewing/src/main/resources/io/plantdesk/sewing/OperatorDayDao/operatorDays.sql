-- Per operator and plant day in [from, to]: scans by the day they were sewn, attendance by the
-- day its shift began. Off-standard minutes of an attendance: the downtime in its shift of its
-- line (a line-wide stop) or of a machine the operator sewed on that shift, at most the minutes
-- attended. Pay is the rate copied onto each scan (the operation's for scans older than that).
with tz as (
    select t.time_zone as zone from core.tenant t where t.id = core.current_tenant()
), work as (
    select (s.scanned_at at time zone tz.zone)::date as day, s.operator_id,
           sum(s.pieces) as pieces, sum(s.pieces * s.smv) as earned,
           sum(s.pieces * coalesce(s.piece_rate, o.piece_rate)) as earnings
      from tz, sewing.bundle_scan s
      join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id
     where s.scanned_at >= (:from::date)::timestamp at time zone tz.zone
       and s.scanned_at < (:to::date + 1)::timestamp at time zone tz.zone
     group by 1, 2
), shifts as (
    select a.person_id, a.line_id, a.minutes_attended, a.overtime_minutes, (a.shift_start at time zone tz.zone)::date as day,
           a.shift_start, sh.ends_at
      from tz, sewing.attendance a
     cross join lateral core.current_shift_at(a.shift_start) sh
     where a.shift_start >= (:from::date)::timestamp at time zone tz.zone
       and a.shift_start < (:to::date + 1)::timestamp at time zone tz.zone
), off as (
    select x.person_id, x.shift_start,
           least(x.minutes_attended, coalesce(sum(extract(epoch from
               least(coalesce(d.ended_at, now()), x.ends_at) - greatest(d.started_at, x.shift_start)) / 60), 0)) as minutes
      from shifts x
      left join sewing.downtime d on d.line_id = x.line_id and d.started_at < x.ends_at
           and coalesce(d.ended_at, now()) > x.shift_start
           and (d.machine_id is null or exists (select 1 from sewing.bundle_scan m
                 where m.operator_id = x.person_id and m.machine_id = d.machine_id
                   and m.scanned_at >= x.shift_start and m.scanned_at < x.ends_at))
     group by x.person_id, x.shift_start, x.minutes_attended
), present as (
    select x.day, x.person_id as operator_id, sum(x.minutes_attended) as worked, sum(x.overtime_minutes) as overtime,
           sum(f.minutes) as off_standard
      from shifts x
      join off f on f.person_id = x.person_id and f.shift_start = x.shift_start
     group by 1, 2
)
select coalesce(w.day, p.day) as day, coalesce(w.operator_id, p.operator_id) as operator_id,
       pe.display_name as operator_name, ln.code as line_code,
       coalesce(w.pieces, 0) as pieces, coalesce(w.earned, 0) as earned_minutes, coalesce(p.worked, 0) as minutes_worked,
       coalesce(p.overtime, 0) as overtime_minutes, round(coalesce(p.off_standard, 0), 1) as off_standard_minutes,
       round(coalesce(w.earnings, 0), 2) as earnings
  from work w
  full join present p on p.day = w.day and p.operator_id = w.operator_id
  join core.person pe on pe.id = coalesce(w.operator_id, p.operator_id)
  left join sewing.line_member m on m.person_id = pe.id
  left join sewing.line ln on ln.id = m.line_id
 order by 1, 3, 2
