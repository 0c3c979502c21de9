-- The reading as it should have been, with why; the odometer trigger checks it again (a correction
-- that still does not fit stays flagged) and the revision keeps the reading before and after.
update fleet.vehicle_event set odometer = :odometer, review_note = trim(:reason)
 where id = :id and version = :version and odometer_review is not null and reviewed_at is null and deleted_at is null
