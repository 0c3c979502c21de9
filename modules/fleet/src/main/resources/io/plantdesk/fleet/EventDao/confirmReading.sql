update fleet.vehicle_event set reviewed_at = now(), review_note = nullif(trim(:note), '')
 where id = :id and version = :version and odometer_review is not null and reviewed_at is null and deleted_at is null
