select line_id from sewing.line_member where person_id = :personId
