-- Every line of the plant, deactivated ones last, with its operators and machines counted.
select l.id, l.code, l.name, l.hourly_target, l.deleted_at is null as active,
       (select count(*) from sewing.line_member m where m.tenant_id = l.tenant_id and m.line_id = l.id) as operators,
       (select count(*) from sewing.line_machine x where x.tenant_id = l.tenant_id and x.line_id = l.id) as machines,
       l.version
  from sewing.line l
 order by l.deleted_at is not null, l.code
