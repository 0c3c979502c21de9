-- Deactivating keeps the first time it was deactivated; the version makes a stale save a conflict.
update sewing.line
   set code = :d.code, name = :d.name, hourly_target = :d.hourlyTarget,
       deleted_at = case when :d.active then null else coalesce(deleted_at, now()) end
 where id = :id and version = :version
