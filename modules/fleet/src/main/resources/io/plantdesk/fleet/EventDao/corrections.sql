select id, event_id, original_latitude, original_longitude, original_place, latitude, longitude, place, reason,
       created_by as corrected_by, created_at as corrected_at
  from fleet.location_correction
 where event_id = :eventId
 order by created_at
