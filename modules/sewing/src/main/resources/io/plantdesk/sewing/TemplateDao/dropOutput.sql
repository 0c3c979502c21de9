-- A row without pieces: an earlier import's pieces for that operator, line and shift go.
delete from sewing.operator_output
 where line_id = :lineId and person_id = :personId and shift_start = :shiftStart
