insert into sewing.downtime (tenant_id, id, start_key, line_id, machine_id, reason, note, started_at, work_order_id,
                             started_by)
values (core.current_tenant(), :id, :key, :lineId, :machineId, :reason, :note, :at, :workOrderId,
        (select p.id from core.person p where p.login_role = session_user))
