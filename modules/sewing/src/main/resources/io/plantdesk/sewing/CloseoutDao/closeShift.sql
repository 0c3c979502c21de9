select sewing.close_shift(:at, :lateSeen)
