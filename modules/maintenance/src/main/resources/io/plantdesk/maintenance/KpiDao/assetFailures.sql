-- The machines with the most failures in the period, with their code and name.
select f.asset_id, a.code, a.name, f.failures, f.repair_hours
  from maint.kpi_asset_failures(:from, :to, :limit) f
  join maint.asset a on a.id = f.asset_id and a.kind in ('machine', 'component')
 order by f.failures desc, a.code
