select operation from fleet.client_request where id = :key
