-- The style's operations in sequence with who scanned the bundle for each (one scan per bundle and operation).
select o.id, o.style_id, o.seq, o.name, o.smv, o.piece_rate, o.machine_type, o.skill_level, o.qc_check,
       sc.operator_id, p.display_name as operator_name
  from sewing.operation o
  left join sewing.bundle_scan sc on sc.tenant_id = o.tenant_id and sc.operation_id = o.id and sc.bundle_id = :bundleId
  left join core.person p on p.tenant_id = sc.tenant_id and p.id = sc.operator_id
 where o.style_id = :styleId
 order by o.seq
