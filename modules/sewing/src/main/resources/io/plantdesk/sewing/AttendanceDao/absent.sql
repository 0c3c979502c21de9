delete from sewing.attendance where person_id = :personId and shift_start = :shiftStart
