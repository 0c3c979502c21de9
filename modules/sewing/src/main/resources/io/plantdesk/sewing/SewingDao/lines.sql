select id, code, name, hourly_target, version
  from sewing.line
 where deleted_at is null
 order by code
