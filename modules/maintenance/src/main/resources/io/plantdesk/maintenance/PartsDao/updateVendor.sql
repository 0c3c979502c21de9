update maint.vendor set name = :d.name, contact = :d.contact, phone = :d.phone, email = :d.email
 where id = :id and version = :version and deleted_at is null
