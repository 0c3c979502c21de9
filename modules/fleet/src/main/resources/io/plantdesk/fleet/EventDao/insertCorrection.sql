insert into fleet.location_correction (tenant_id, id, event_id, event_at, latitude, longitude, place, reason)
values (core.current_tenant(), :id, :eventId, :eventAt, :latitude, :longitude, nullif(trim(:place), ''),
        trim(:reason))
