update maint.saved_filter set name = :name where id = :id and version = :version
