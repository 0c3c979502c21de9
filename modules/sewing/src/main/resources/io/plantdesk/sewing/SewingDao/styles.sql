select id, code, name from sewing.style where deleted_at is null order by code
