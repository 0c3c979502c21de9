-- Work orders whose slot starts in [from, to), with their assignees (not cancelled ones).
select w.id, w.number, w.title, w.description, w.type, w.priority, w.status, a.name as asset_name,
       w.scheduled_start, w.scheduled_end, w.estimated_hours, w.updated_at, w.version,
       coalesce((select array_agg(wa.person_id order by wa.person_id)
                   from maint.work_order_assignee wa
                  where wa.tenant_id = w.tenant_id and wa.work_order_id = w.id), '{}') as assignees
  from maint.work_order w
  left join maint.asset a on a.tenant_id = w.tenant_id and a.id = w.asset_id
 where w.scheduled_start >= :from and w.scheduled_start < :to and w.status <> 'cancelled'
 order by w.scheduled_start, w.number
