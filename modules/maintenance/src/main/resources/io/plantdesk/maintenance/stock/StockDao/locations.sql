select id, name, version from maint.stock_location order by lower(name), id
