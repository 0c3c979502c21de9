insert into maint.meter_reading (tenant_id, id, meter_id, read_at, delta, total)
values (core.current_tenant(), :id, :meterId, :at, :delta, :total)
