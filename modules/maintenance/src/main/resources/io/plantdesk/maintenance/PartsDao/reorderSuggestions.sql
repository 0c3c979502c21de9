-- Reorder from upcoming PM work, not only from min levels. A schedule's occurrences within the
-- horizon: each calendar due up to now + horizon, one for a meter already within its lead, and
-- each open work order it generated that has not been given the part yet. A schedule's parts are
-- its own and those of the work-order template it names (its own quantity first), as generation
-- plans them.
with onhand as (
    select s.part_id, sum(s.on_hand) as q from maint.stock s group by s.part_id
), occurrences as (
    select s.id, s.tenant_id,
           case when s.next_due_at is not null and s.next_due_at <= now() + make_interval(days => :horizon)
                then floor(extract(epoch from now() + make_interval(days => :horizon) - s.next_due_at)
                           / extract(epoch from make_interval(days => s.interval_days)))::int + 1
                else 0 end
           + case when s.meter_id is not null and m.total >= s.next_due_meter - s.meter_lead then 1 else 0 end as n
      from maint.pm_schedule s
      left join maint.meter m on m.tenant_id = s.tenant_id and m.id = s.meter_id
     where s.active and s.deleted_at is null
), schedule_parts as (
    select distinct on (x.tenant_id, x.schedule_id, x.part_id) x.tenant_id, x.schedule_id, x.part_id, x.quantity
      from (select sp.tenant_id, sp.schedule_id, sp.part_id, sp.quantity, 1 as rank from maint.pm_schedule_part sp
            union all
            select s.tenant_id, s.id, tp.part_id, tp.quantity, 2
              from maint.pm_schedule s
              join maint.work_order_template t on t.tenant_id = s.tenant_id and t.id = s.work_order_template_id
                                              and t.deleted_at is null
              join maint.work_order_template_part tp on tp.tenant_id = t.tenant_id and tp.template_id = t.id) x
     order by x.tenant_id, x.schedule_id, x.part_id, x.rank
), need as (
    select sp.part_id,
           sum(sp.quantity * (o.n + (select count(*) from maint.work_order w
                                      where w.tenant_id = sp.tenant_id and w.pm_schedule_id = sp.schedule_id
                                        and w.status not in ('completed', 'closed', 'cancelled')
                                        and not exists (select 1 from maint.stock_movement x
                                                         where x.tenant_id = w.tenant_id and x.work_order_id = w.id
                                                           and x.part_id = sp.part_id and x.kind = 'issued')))) as q
      from schedule_parts sp
      join occurrences o on o.tenant_id = sp.tenant_id and o.id = sp.schedule_id
     group by sp.part_id
), parts as (
    select p.*, coalesce(o.q, 0) as have, coalesce(n.q, 0) as pm_need
      from maint.part p
      left join onhand o on o.part_id = p.id
      left join need n on n.part_id = p.id
     where p.deleted_at is null
)
select id as part_id, code, name, unit, have as on_hand, reorder_point, pm_need,
       greatest(reorder_qty, reorder_point + pm_need - have) as suggested, vendor_id, unit_cost
  from parts
 where have - pm_need <= reorder_point and (reorder_point > 0 or pm_need > 0)
   and greatest(reorder_qty, reorder_point + pm_need - have) > 0
 order by have - pm_need - reorder_point, code
