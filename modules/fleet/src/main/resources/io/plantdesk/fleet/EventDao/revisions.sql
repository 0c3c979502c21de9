-- One row per changed field of each revision, oldest first.
select r.id, r.action, r.changed_at, r.changed_by, p.display_name as person_name, f.field,
       r.before ->> f.field as before_value, r.after ->> f.field as after_value
  from fleet.event_revision r
  left join core.person p on p.tenant_id = r.tenant_id and p.id = r.person_id
  left join lateral (select jsonb_object_keys(r.after) as field) f on true
 where r.event_id = :eventId
 order by r.id, f.field
