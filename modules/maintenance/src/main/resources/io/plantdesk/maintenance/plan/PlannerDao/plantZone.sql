select time_zone from core.tenant where id = core.current_tenant()
