select id, code, name from sewing.defect_code where deleted_at is null order by code
