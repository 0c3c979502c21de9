insert into sewing.bundle (tenant_id, id, run_id, cutting_id, ticket, size, quantity, qr_code)
values (core.current_tenant(), :id, :runId, :cuttingId, :ticket, :size, :quantity, :qrCode)
