delete from sewing.operation_precedence where id = :id
