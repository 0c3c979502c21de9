-- The line's operators, and anyone recorded on the line in that shift who has moved since.
select p.id as person_id, p.display_name, a.id is not null as present, a.minutes_attended as minutes,
       a.overtime_minutes as overtime
  from core.person p
  left join sewing.attendance a
         on a.tenant_id = p.tenant_id and a.person_id = p.id and a.shift_start = :shiftStart
 where (exists (select 1 from sewing.line_member m
                 where m.tenant_id = p.tenant_id and m.person_id = p.id and m.line_id = :lineId) and p.active)
    or a.line_id = :lineId
 order by p.display_name, p.id
