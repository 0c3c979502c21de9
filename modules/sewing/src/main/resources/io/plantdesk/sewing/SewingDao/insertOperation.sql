insert into sewing.operation (tenant_id, id, style_id, seq, name, smv, piece_rate, machine_type, skill_level, qc_check)
values (core.current_tenant(), :id, :styleId, :d.seq, :d.name, :d.smv, :d.pieceRate, :d.machineType, :d.skillLevel, :d.qcCheck)
