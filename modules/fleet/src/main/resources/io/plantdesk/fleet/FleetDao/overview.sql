-- One line per live vehicle; the month starts at midnight of the first in the plant's zone.
with month as (
    select date_trunc('month', now() at time zone t.time_zone) at time zone t.time_zone as start
      from core.tenant t
     where t.id = core.current_tenant()
)
select v.id, v.plate, v.make, v.model, v.status, v.odometer_unit, last.kind as last_kind, last.occurred_at as last_at,
       coalesce((select sum(e.cost) from fleet.vehicle_event e, month
                  where e.vehicle_id = v.id and e.deleted_at is null and e.occurred_at >= month.start), 0) as month_cost,
       (select count(*) from fleet.vehicle_event e
         where e.vehicle_id = v.id and e.deleted_at is null and e.odometer_review is not null
           and e.reviewed_at is null)::int as to_review
  from fleet.vehicle v
  left join lateral (select e.kind, e.occurred_at from fleet.vehicle_event e
                      where e.vehicle_id = v.id and e.deleted_at is null
                      order by e.occurred_at desc limit 1) last on true
 where v.deleted_at is null
 order by v.plate
