insert into sewing.cutting (tenant_id, id, run_id, lay_no, plies, pieces_cut, fabric_used, wastage, cutter_id, cut_at, minutes)
values (core.current_tenant(), :id, :d.runId, :d.layNo, :d.plies, :d.piecesCut, :d.fabricUsed, :d.wastage, :d.cutterId,
        :d.cutAt, :d.minutes)
