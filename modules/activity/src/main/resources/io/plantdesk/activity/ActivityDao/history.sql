-- The changes of one row, newest first, through audit_log_tenant_table_at (the plant and table),
-- then the row; an index on row_id comes with the first feature that asks for histories often.
select id, at, table_name, row_id, action, actor, old_values::text as old_values, new_values::text as new_values
  from core.audit_log
 where table_name = :tableName and row_id = :rowId
 order by at desc, id desc
 limit :limit
