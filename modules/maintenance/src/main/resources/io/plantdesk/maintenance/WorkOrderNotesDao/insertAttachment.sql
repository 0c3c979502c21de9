insert into maint.attachment (tenant_id, id, work_order_id, file_name, media_type, content, thumbnail)
values (core.current_tenant(), :id, :workOrderId, :a.fileName, :a.mediaType, :a.content, :a.thumbnail)
