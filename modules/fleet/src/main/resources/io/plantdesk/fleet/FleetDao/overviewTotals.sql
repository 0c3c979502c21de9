-- The whole fleet above its paged list, and the plant's zone: how many live vehicles, their
-- readings waiting for a look and their cost this month, each vehicle's from its precomputed row
-- (fleet.vehicle_state, kept by the events' triggers), so the line is the sum of the list's
-- column and reads one row per vehicle. As on a page, a row computed in an earlier month counts 0
-- unless the vehicle has an event dated in this one (entered ahead): then its month so far.
with plant as (
    select core.bucket_start('month', now(), t.time_zone) as month_start, t.time_zone
      from core.tenant t
     where t.id = core.current_tenant()
)
select count(*)::int as vehicles,
       coalesce(sum(s.to_review), 0)::int as to_review,
       coalesce(sum(case when s.cost_month = p.month_start then s.month_cost
                         when s.last_at is null or s.last_at < p.month_start then 0
                         else (select coalesce(sum(e.cost), 0) from fleet.vehicle_event e
                                where e.tenant_id = v.tenant_id and e.vehicle_id = v.id and e.deleted_at is null
                                  and e.occurred_at >= p.month_start
                                  and e.occurred_at < core.bucket_end('month', p.month_start, p.time_zone)) end),
                0) as month_cost,
       (select time_zone from plant) as zone
  from plant p
 cross join fleet.vehicle v
  left join fleet.vehicle_state s on s.tenant_id = v.tenant_id and s.vehicle_id = v.id
 where v.deleted_at is null
