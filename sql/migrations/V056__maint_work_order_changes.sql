-- Purpose: a work order's field changes for the editor's history (issue 14). Only admins may read
--          core.audit_log, so the history of one work order is read through a SECURITY DEFINER
--          function owned by plantdesk_security that filters by the caller's plant itself; an
--          index on the audit log by row makes that one work order's rows, not the plant's whole
--          audit of work orders.
-- Rollback: U056__maint_work_order_changes.sql
-- Estimated time: the index reads the audit log once: about 1 s per million audit rows.
-- Lock timeout: 5s, 4 retries

create index audit_log_tenant_row on core.audit_log (tenant_id, table_name, row_id, at);

-- The updates of one work order of the caller's plant, oldest first (its creation and status
-- steps are in maint.work_order_status); at most the latest 1,000.
create function maint.work_order_changes(p_work_order uuid)
    returns table (at timestamptz, actor text, old_values jsonb, new_values jsonb)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select c.at, c.actor, c.old_values, c.new_values
      from (select a.at, a.id, a.actor, a.old_values, a.new_values
              from core.audit_log a
             where a.tenant_id = core.current_tenant()
               and a.table_name = 'maint.work_order'
               and a.row_id = p_work_order::text
               and a.action = 'UPDATE'
             order by a.at desc, a.id desc
             limit 1000) c
     order by c.at, c.id
$$;
alter function maint.work_order_changes(uuid) owner to plantdesk_security;
revoke all on function maint.work_order_changes(uuid) from public;
grant execute on function maint.work_order_changes(uuid) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
