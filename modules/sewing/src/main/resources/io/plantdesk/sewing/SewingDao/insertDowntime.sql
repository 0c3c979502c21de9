-- The floor time: the client's, bounded by the server (core.floor_time: never after now()).
insert into sewing.downtime (tenant_id, id, start_key, line_id, machine_id, reason, note, started_at, work_order_id,
                             started_by)
values (core.current_tenant(), :id, :key, :lineId, :machineId, :reason, :note, core.floor_time(:at, null), :workOrderId,
        (select p.id from core.person p where p.login_role = session_user))
