select sewing.reopen_shift(:shiftStart, :reason)::text
