select exists (select 1 from sewing.run where order_ref like 'DEMO-%')
