select event_id from fleet.client_request where id = :key and operation = :operation
