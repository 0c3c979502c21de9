insert into sewing.line (tenant_id, id, code, name, hourly_target, deleted_at)
values (core.current_tenant(), :id, :d.code, :d.name, :d.hourlyTarget,
        case when :d.active then null else now() end)
