select id, name from maint.stock_location order by lower(name), id
