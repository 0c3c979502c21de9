insert into fleet.client_request (tenant_id, id, operation, event_id, event_at) values (core.current_tenant(), :key, :operation, :eventId, :eventAt)
