select shift_start, shift_end, shift_name, status = 'closed' as closed, late_scans, closed_at, closed_by, reopened_at,
       reopened_by, reopen_reason
  from sewing.shift_close
 where shift_start = :shiftStart
