-- How many vehicles on the road (not retired) each live garage keeps, for the garages' list.
select g.id, count(v.id) as vehicles
  from fleet.garage g
  left join fleet.vehicle v on v.tenant_id = g.tenant_id and v.garage_id = g.id and v.deleted_at is null
                           and v.status <> 'retired'
 where g.deleted_at is null
 group by g.id
