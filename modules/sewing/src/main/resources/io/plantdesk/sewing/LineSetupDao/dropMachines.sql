-- The machines leaving the line: those not in the set the form sent.
delete from sewing.line_machine where line_id = :lineId and not (machine_id = any (:keep))
