-- The audit rows behind a bar of the dashboard, newest first, paged.
select id, at, table_name, row_id, action, actor, old_values::text as old_values, new_values::text as new_values
  from core.audit_log
 where at >= :from and at < :to
   and (cast(:tableName as text) is null or table_name = :tableName)
   and (cast(:actor as text) is null or actor = :actor)
 order by at desc, id desc
 limit :limit offset :offset
