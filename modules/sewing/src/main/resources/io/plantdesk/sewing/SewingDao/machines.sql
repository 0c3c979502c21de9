select id, code, name from maint.asset where kind = 'machine' and deleted_at is null order by code
