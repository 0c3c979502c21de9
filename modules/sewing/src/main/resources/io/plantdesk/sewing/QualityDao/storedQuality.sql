-- A closed shift as the rollup stored it; WIP at its end is the stored loading minus the stored
-- output of every shift up to and including it.
select l.id as line_id, l.code as line_code, l.name as line_name, q.pieces_checked, q.pieces_defective, q.defects,
       q.rework_pieces, q.loaded_pieces,
       (select coalesce(sum(x.loaded_pieces), 0) from sewing.line_shift_quality x
         where x.line_id = q.line_id and x.shift_start <= q.shift_start)
       - (select coalesce(sum(s.output), 0) from sewing.line_shift s
           where s.line_id = q.line_id and s.shift_start <= q.shift_start) as wip
  from sewing.line_shift_quality q
  join sewing.line l on l.tenant_id = q.tenant_id and l.id = q.line_id
 where q.shift_start = :shiftStart
 order by l.code
