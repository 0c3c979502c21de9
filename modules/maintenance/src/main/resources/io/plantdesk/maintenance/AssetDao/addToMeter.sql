-- The row lock this takes orders concurrent additions: none is lost.
update maint.meter set total = total + :delta, read_at = greatest(read_at, :at) where id = :id returning total
