update sewing.cutting
   set run_id = :d.runId, lay_no = :d.layNo, plies = :d.plies, pieces_cut = :d.piecesCut, fabric_used = :d.fabricUsed,
       wastage = :d.wastage, cutter_id = :d.cutterId, cut_at = :d.cutAt, minutes = :d.minutes
 where id = :id and version = :version
