update maint.pm_schedule set active = :active where id = :id and version = :version
