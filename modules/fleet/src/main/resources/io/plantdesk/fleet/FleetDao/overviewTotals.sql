-- The whole fleet above its paged list: how many live vehicles, their readings waiting for a look
-- (one precomputed row each), and the plant's cost this month from the rollups by category
-- (fleet.cost_months: closed days from cost_kind_day, only today's events live); the plant's zone.
with plant as (
    select core.bucket_start('month', now(), t.time_zone) as month_start, t.time_zone
      from core.tenant t
     where t.id = core.current_tenant()
)
select (select count(*) from fleet.vehicle v where v.deleted_at is null)::int as vehicles,
       (select coalesce(sum(s.to_review), 0) from fleet.vehicle_state s
          join fleet.vehicle v on v.tenant_id = s.tenant_id and v.id = s.vehicle_id and v.deleted_at is null)::int
           as to_review,
       (select coalesce(sum(c.cost), 0) from plant p
         cross join lateral fleet.cost_months(p.month_start, core.bucket_end('month', p.month_start, p.time_zone),
                                              null, null) c) as month_cost,
       (select p.time_zone from plant p) as zone
