delete from maint.technician_capacity where person_id = :personId
