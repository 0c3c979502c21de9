select id, name, version from maint.stock_location where id = :id
