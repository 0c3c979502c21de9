delete from sewing.line_member where person_id = :personId
