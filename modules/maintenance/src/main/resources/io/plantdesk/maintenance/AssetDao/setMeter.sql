-- An absolute reading never goes below the last total (a meter exchange is a new meter).
update maint.meter set total = :value, read_at = greatest(read_at, :at) where id = :id and total <= :value returning total
