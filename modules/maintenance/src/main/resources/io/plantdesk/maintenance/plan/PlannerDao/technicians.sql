-- The planner's rows: the plant's active technicians, anyone with a capacity set, and anyone
-- assigned work in the week; each with their capacity on the week's seven days (null: none set).
select p.id as person_id, p.display_name, c.shift_id, s.name as shift_name, c.hours_per_day, c.work_days,
       case when c.id is null then null
            else array(select maint.capacity_hours(c.shift_id, c.tenant_id, c.hours_per_day, c.work_days, :monday + d)
                         from generate_series(0, 6) d order by d) end as day_hours
  from core.person p
  left join maint.technician_capacity c on c.tenant_id = p.tenant_id and c.person_id = p.id
  left join core.shift_pattern s on s.tenant_id = c.tenant_id and s.id = c.shift_id
 where p.active
   and (p.app_role = 'technician' or c.id is not null
        or exists (select 1
                     from maint.work_order_assignee a
                     join maint.work_order w on w.tenant_id = a.tenant_id and w.id = a.work_order_id
                    where a.tenant_id = p.tenant_id and a.person_id = p.id
                      and w.scheduled_start >= :from and w.scheduled_start < :to and w.status <> 'cancelled'))
 order by p.display_name, p.id
