select machine_id from sewing.line_machine where line_id = :lineId order by machine_id
