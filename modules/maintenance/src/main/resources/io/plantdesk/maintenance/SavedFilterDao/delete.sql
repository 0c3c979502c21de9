delete from maint.saved_filter where id = :id
