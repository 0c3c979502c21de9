insert into sewing.cutting (tenant_id, id, run_id, lay_no, plies, pieces_cut, fabric_used, wastage, cutter_id, cut_at)
values (core.current_tenant(), :id, :runId, :layNo, :plies, :piecesCut, :fabricUsed, :wastage, :cutterId, :cutAt)
