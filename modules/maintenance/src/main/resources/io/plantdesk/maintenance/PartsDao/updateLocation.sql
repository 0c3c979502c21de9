update maint.stock_location set name = :name where id = :id and version = :version
