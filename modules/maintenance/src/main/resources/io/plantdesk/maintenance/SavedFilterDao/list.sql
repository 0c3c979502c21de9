-- The person's own filters first, then those others shared with the plant (RLS decides which rows).
select f.id, f.name, f.query, f.shared, f.owner_id = maint.current_person() as mine, p.display_name as owner_name, f.version
  from maint.saved_filter f
  join core.person p on p.tenant_id = f.tenant_id and p.id = f.owner_id
 order by (f.owner_id = maint.current_person()) desc, lower(f.name), f.id
