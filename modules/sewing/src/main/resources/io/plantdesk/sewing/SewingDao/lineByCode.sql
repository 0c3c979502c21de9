select id from sewing.line where lower(code) = lower(:code) and deleted_at is null
