-- Anyone of the plant may cut (cutters are seldom sewing operators); RLS keeps it to the plant.
select p.id, p.display_name as name
  from core.person p
 where p.active
 order by p.display_name
