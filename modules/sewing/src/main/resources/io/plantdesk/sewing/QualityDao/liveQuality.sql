-- The open stretch counted from raw rows by the function the rollup stores closed shifts with;
-- WIP at the stretch's end from the stored shifts before it plus the stretch itself.
select l.id as line_id, l.code as line_code, l.name as line_name, coalesce(q.pieces_checked, 0) as pieces_checked,
       coalesce(q.pieces_defective, 0) as pieces_defective, coalesce(q.defects, 0) as defects,
       coalesce(q.rework_pieces, 0) as rework_pieces, coalesce(q.loaded_pieces, 0) as loaded_pieces,
       coalesce(w.wip, 0) as wip
  from sewing.line l
  left join sewing.current_line_quality(:from, :to) q on q.line_id = l.id
  left join sewing.current_line_wip(:from, :to) w on w.line_id = l.id
 where l.deleted_at is null
 order by l.code
