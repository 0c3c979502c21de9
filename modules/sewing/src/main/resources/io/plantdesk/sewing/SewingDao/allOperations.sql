select o.id, o.style_id, o.seq, o.name, o.smv, o.piece_rate, o.machine_type, o.skill_level, o.qc_check
  from sewing.operation o
  join sewing.style s on s.tenant_id = o.tenant_id and s.id = o.style_id
 where s.deleted_at is null
 order by s.code, o.seq
