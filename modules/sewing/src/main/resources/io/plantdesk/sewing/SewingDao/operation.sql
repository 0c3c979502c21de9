select id, style_id, seq, name, smv, piece_rate, machine_type, skill_level, qc_check
  from sewing.operation
 where id = :id
