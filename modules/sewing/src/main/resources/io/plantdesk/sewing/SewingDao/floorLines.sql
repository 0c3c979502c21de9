-- The floor tiles in one statement (one round trip): each line's figures for the running shift
-- (V098: closed hours from the per-line hourly rollup, the rest raw), its quality and WIP (V099's
-- count), and its output per hour as two arrays (the sparkline), from the same functions the
-- separate reads use.
with hours as (
    select line_id, array_agg(hour_start order by hour_start) as hour_starts,
           array_agg(output order by hour_start) as hour_outputs
      from sewing.current_shift_line_hours(:from, :to)
     group by line_id
)
select l.id as line_id, l.code as line_code, l.name as line_name, coalesce(f.output, 0) as output,
       coalesce(f.earned_minutes, 0) as earned_minutes, coalesce(f.attended_minutes, 0) as attended_minutes,
       coalesce(f.operators, 0) as operators, coalesce(f.overtime_minutes, 0) as overtime_minutes,
       coalesce(f.downtime_minutes, 0) as downtime_minutes, coalesce(q.pieces_checked, 0) as pieces_checked,
       coalesce(q.pieces_defective, 0) as pieces_defective, coalesce(q.defects, 0) as defects,
       coalesce(q.rework_pieces, 0) as rework_pieces, coalesce(q.loaded_pieces, 0) as loaded_pieces,
       coalesce(w.wip, 0) as wip, h.hour_starts, h.hour_outputs
  from sewing.line l
  left join sewing.current_shift_line_figures(:from, :to) f on f.line_id = l.id
  left join sewing.current_line_quality(:from, :to) q on q.line_id = l.id
  left join sewing.current_line_wip(:from, :to) w on w.line_id = l.id
  left join hours h on h.line_id = l.id
 where l.deleted_at is null
 order by l.code
