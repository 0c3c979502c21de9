select p.id, p.operation_id, p.requires_id
  from sewing.operation_precedence p
  join sewing.operation o on o.tenant_id = p.tenant_id and o.id = p.operation_id
 where o.style_id = :styleId
 order by o.seq, p.requires_id
