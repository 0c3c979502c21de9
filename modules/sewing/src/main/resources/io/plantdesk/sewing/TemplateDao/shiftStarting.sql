-- A named shift of the caller's plant starting exactly at day + time, local to the plant.
with at as (
    select (cast(:day as date) + cast(:time as time)) at time zone t.time_zone as ts
      from core.tenant t where t.id = core.current_tenant()
)
select s.starts_at from at cross join lateral core.current_shift_at(at.ts) s
 where s.shift_name is not null and s.starts_at = at.ts
