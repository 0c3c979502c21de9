update maint.saved_filter set shared = :shared where id = :id and version = :version
