insert into sewing.pay_policy (tenant_id, id, currency) values (core.current_tenant(), :id, :currency)
on conflict (tenant_id) do update set currency = excluded.currency
